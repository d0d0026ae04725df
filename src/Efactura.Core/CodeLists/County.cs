namespace Efactura.Core.CodeLists;

/// <summary>A Romanian county, or the Municipality of Bucharest, as ISO 3166-2:RO lists it.</summary>
/// <param name="Code">The ISO 3166-2:RO code, e.g. "RO-CJ"; what CIUS-RO requires in BT-39 (rules BR-RO-110/111).</param>
/// <param name="Name">The Romanian name with diacritics, e.g. "Cluj", "Bistrița-Năsăud", "București".</param>
public sealed record County(string Code, string Name)
{
    /// <summary>The code without the "RO-" prefix, e.g. "CJ", as it appears on car plates and in addresses.</summary>
    public string ShortCode => Code[(Code.IndexOf('-', StringComparison.Ordinal) + 1)..];
}
