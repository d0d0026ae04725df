using System.Text;

namespace Efactura.Server.Storage.Partners;

/// <summary>
/// The form names and ids are searched in: lower case, without diacritics (ș, ț, ă, â, î match s, t, a, a, i, see Fold), single
/// spaces; the same on both engines, since SQLite's <c>lower()</c> knows ASCII only.
/// </summary>
public static class SearchText
{
    /// <summary>The longest query accepted.</summary>
    public const int MaxQueryLength = 100;

    /// <summary>The searchable form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(Fold(char.ToLowerInvariant(c)));
        }
        return builder.ToString();
    }

    // The server runs with invariant globalization (no ICU, so no Unicode decomposition): the letters with diacritics
    // of Romanian (both the comma and the legacy cedilla forms) and of the names Romanian invoices commonly carry
    // (Hungarian, German, French) are folded here.
    private static char Fold(char c) => c switch
    {
        'ă' or 'â' or 'á' or 'à' or 'ä' => 'a',
        'î' or 'í' or 'ì' or 'ï' => 'i',
        'ș' or 'ş' => 's',
        'ț' or 'ţ' => 't',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'ó' or 'ò' or 'ô' or 'ö' or 'ő' => 'o',
        'ú' or 'ù' or 'û' or 'ü' or 'ű' => 'u',
        'ç' => 'c',
        _ => c,
    };

    /// <summary>A LIKE pattern matching <paramref name="query"/> anywhere, with <c>\</c> escaping its wildcards.</summary>
    public static string Pattern(string query) =>
        "%" + Normalize(query).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>The searchable form of several fields, one string.</summary>
    internal static string Of(params string?[] fields) => Normalize(string.Join(' ', fields.Where(f => !string.IsNullOrWhiteSpace(f))));
}
