namespace Efactura.Ubl.Cii;

/// <summary>The XML namespaces of UN/CEFACT Cross Industry Invoice D16B documents, the CII syntax of EN 16931.</summary>
public static class CiiNamespaces
{
    /// <summary>Root schema module (rsm), the namespace of <c>rsm:CrossIndustryInvoice</c>.</summary>
    public const string Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

    /// <summary>Reusable aggregate business information entities (ram).</summary>
    public const string Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    /// <summary>Unqualified data types (udt): dates, indicators.</summary>
    public const string Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

    /// <summary>Qualified data types (qdt): the formatted date of a preceding invoice.</summary>
    public const string Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    /// <summary>The local name of the root element.</summary>
    public const string RootName = "CrossIndustryInvoice";
}
