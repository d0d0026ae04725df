using System.Xml;

namespace UblStructureTables;

/// <summary>The prefix written for each namespace of the UBL 2.1 schema set.</summary>
internal static class Prefixes
{
    public static readonly IReadOnlyList<(string Prefix, string Uri)> All =
    [
        ("ubl", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"),
        ("cn", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"),
        ("cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"),
        ("cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"),
        ("ext", "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"),
        ("udt", "urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2"),
        ("cct", "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2"),
        ("sig", "urn:oasis:names:specification:ubl:schema:xsd:CommonSignatureComponents-2"),
        ("sac", "urn:oasis:names:specification:ubl:schema:xsd:SignatureAggregateComponents-2"),
        ("sbc", "urn:oasis:names:specification:ubl:schema:xsd:SignatureBasicComponents-2"),
        ("ds", "http://www.w3.org/2000/09/xmldsig#"),
        ("xades", "http://uri.etsi.org/01903/v1.3.2#"),
        ("xades141", "http://uri.etsi.org/01903/v1.4.1#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema"),
    ];

    public static string Of(string uri) =>
        All.FirstOrDefault(p => p.Uri == uri).Prefix ?? throw new InvalidOperationException($"no prefix for namespace {uri}");

    public static string Name(XmlQualifiedName name) => name.Namespace.Length == 0 ? name.Name : $"{Of(name.Namespace)}:{name.Name}";
}
