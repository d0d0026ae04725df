namespace Efactura.Validation.Xml;

/// <summary>
/// Short ASCII text values shared with an earlier occurrence (category codes, rates, scheme ids and quantities repeat on
/// every line): a small direct-mapped table, so memory stays fixed whatever the document, and a value that misses
/// simply replaces the one in its slot.
/// </summary>
internal sealed class ShortTextCache
{
    /// <summary>Longer values are seldom repeated (amounts, names, identifiers).</summary>
    public const int MaxLength = 16;

    private const int Slots = 64;

    private readonly string?[] slots = new string?[Slots];

    /// <summary>The text of these bytes (at most <see cref="MaxLength"/>), or null when they are not all ASCII.</summary>
    public string? Get(ReadOnlySpan<byte> utf8)
    {
        var hash = (uint)utf8.Length;
        foreach (var b in utf8)
        {
            if (b >= 0x80) return null;
            hash = (hash ^ b) * 16777619;
        }
        var slot = (int)(hash >> 24) & (Slots - 1);
        if (slots[slot] is { } cached && Matches(cached, utf8)) return cached;
        var text = System.Text.Encoding.ASCII.GetString(utf8);
        slots[slot] = text;
        return text;
    }

    private static bool Matches(string cached, ReadOnlySpan<byte> utf8)
    {
        if (cached.Length != utf8.Length) return false;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (cached[i] != utf8[i]) return false;
        }
        return true;
    }
}
