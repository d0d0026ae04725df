namespace Efactura.Core.Model;

/// <summary>An item classification identifier (BT-158).</summary>
/// <param name="Code">The classification code, e.g. a CPV code.</param>
/// <param name="ListId">The scheme, UNCL 7143, e.g. STI for CPV or TSP for the combined nomenclature (BT-158-1).</param>
/// <param name="ListVersionId">The scheme version (BT-158-2).</param>
public sealed record ItemClassification(string Code, string ListId, string? ListVersionId = null)
{
    /// <summary>UNCL 7143 code for the Common Procurement Vocabulary.</summary>
    public const string Cpv = "STI";

    /// <summary>UNCL 7143 code for the EU combined nomenclature (Romanian "NC" codes).</summary>
    public const string CombinedNomenclature = "TSP";
}
