namespace Efactura.Validation.Xml;

/// <summary>A qualified name as written, split once per distinct name of the document.</summary>
internal sealed class NameParts(string qualified, string prefix, string local, byte[] utf8)
{
    /// <summary>The name's bytes as written, to recognise it in the input without decoding.</summary>
    public byte[] Utf8 { get; } = utf8;

    public string Qualified { get; } = qualified;

    public string Prefix { get; } = prefix;

    public string Local { get; } = local;

    /// <summary>The entry of the last namespace this name resolved to (names almost always keep one namespace).</summary>
    public string? LastUri { get; set; }

    public NameEntry? LastEntry { get; set; }
}
