namespace Efactura.Core.Model;

/// <summary>Specification identifiers (BT-24) that ANAF's e-Factura system knows.</summary>
public static class Specification
{
    /// <summary>
    /// CIUS-RO 1.0.1 customization identifier, the value rule BR-RO-001 requires
    /// (ANAF, "Specificații tehnice CIUS-RO", validation artefacts 1.0.9).
    /// </summary>
    public const string CiusRo = "urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1";

    /// <summary>The plain EN 16931 customization identifier.</summary>
    public const string En16931 = "urn:cen.eu:en16931:2017";
}
