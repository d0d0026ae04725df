using Efactura.Validation.Engine;
using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Syntax;

/// <summary>
/// The pattern "UBL-syntax" (abstract/EN16931-syntax.sch bound by UBL/EN16931-UBL-syntax.sch): UBL-SR
/// cardinality rules, UBL-CR elements EN 16931 does not use, UBL-DT data type rules, in the official order.
/// ANAF's copy (CEN 1.3.8) and CEN 1.3.16 differ; Create(cen: true) builds the latter.
/// </summary>
internal static class SyntaxPattern
{
    public static Pattern Create(bool cen)
    {
        var rules = new List<Rule>();
        if (cen)
        {
            rules.Add(new Rule("cac:PostalAddress | cac:Address", new Assertion("UBL-SR-51", (e, _) => e.Count(Cac.AddressLine) <= 1)));
        }
        rules.AddRange(
        [
            new Rule("cac:AccountingSupplierParty/cac:Party", new Assertion("UBL-SR-42", (e, _) => e.Count(Cac.PartyTaxScheme) <= 2)),
            new Rule("cac:AdditionalDocumentReference",
                new Assertion("UBL-SR-33", (e, _) => e.Count(Cbc.DocumentDescription) <= 1),
                // ANAF's copy tests cbc:ID/@scheme, an attribute UBL does not have; CEN tests @schemeID.
                new Assertion("UBL-SR-43", (e, d) => e.AnyEquals("130", Cbc.DocumentTypeCode)
                    || d.IsCreditNoteByLocalName && e.AnyEquals("50", Cbc.DocumentTypeCode)
                    || !e.ChildrenNamed(Cbc.ID).Any(id => id.HasAttribute(cen ? "schemeID" : "scheme")) && !e.Exists(Cbc.DocumentTypeCode))),
            new Rule("*", IsAmount, new Assertion("UBL-DT-01", (e, _) => XPathFunctions.FractionLength(e.Value) <= 2)) { NameTest = IsAmountName },
            new Rule("*", e => IsBinaryObjectName(e.Name),
                new Assertion("UBL-DT-06", (e, _) => e.HasAttribute("mimeCode")),
                new Assertion("UBL-DT-07", (e, _) => e.HasAttribute("filename"))) { NameTest = IsBinaryObjectName },
            new Rule("cac:Delivery", new Assertion("UBL-SR-25", (e, _) => e.Count(Cac.DeliveryParty, Cac.PartyName, Cbc.Name) <= 1)),
            new Rule("cac:AllowanceCharge", e => e.ChargeIndicatorIs(false), new Assertion("UBL-SR-30", (e, _) => e.Count(Cbc.AllowanceChargeReason) <= 1)),
            new Rule("cac:AllowanceCharge", e => e.ChargeIndicatorIs(true), new Assertion("UBL-SR-31", (e, _) => e.Count(Cbc.AllowanceChargeReason) <= 1)),
        ]);
        if (cen)
        {
            rules.Add(new Rule("cac:PartyTaxScheme", new Assertion("UBL-SR-53", (e, _) => e.Exists(Cac.TaxScheme, Cbc.ID) && e.Exists(Cbc.CompanyID))));
        }
        var forbidden = new ForbiddenPaths(ForbiddenElements.All
            .Select(r => (r.Id, Path: cen ? r.CenPath : r.AnafPath))
            .Where(r => r.Path is not null)
            .Select(r => (r.Id, r.Path!)));
        rules.Add(new Rule("/ubl:Invoice | /cn:CreditNote", [.. DocumentAssertions(cen)], [forbidden]));
        rules.AddRange(
        [
            new Rule("cac:InvoiceLine | cac:CreditNoteLine", [.. LineAssertions(cen)]),
            new Rule("cac:PayeeParty",
                new Assertion("UBL-SR-19", (e, _) => e.Count(Cac.PartyName, Cbc.Name) <= 1 && PayeeNameDiffers(e)),
                new Assertion("UBL-SR-20", (e, _) => e.Select(Cac.PartyIdentification, Cbc.ID).Count(id => !XPathFunctions.UpperIs(id.Attribute("schemeID"), "SEPA")) <= 1 && PayeeNameDiffers(e)),
                new Assertion("UBL-SR-21", (e, _) => e.Count(Cac.PartyLegalEntity, Cbc.CompanyID) <= 1 && PayeeNameDiffers(e))),
            new Rule("cac:PaymentMeans",
                new Assertion("UBL-SR-26", (e, _) => e.Count(Cbc.PaymentID) <= 1),
                new Assertion("UBL-SR-27", (e, _) => e.Count(Cbc.PaymentMeansCode) <= 1),
                new Assertion("UBL-SR-28", (e, _) => e.Count(Cac.PaymentMandate, Cbc.ID) <= 1)),
            new Rule("cac:BillingReference",
                new Assertion("UBL-SR-06", (e, _) => e.Count(Cac.InvoiceDocumentReference) <= 1),
                new Assertion("UBL-SR-07", (e, _) => e.Exists(Cac.InvoiceDocumentReference, Cbc.ID))),
            // ANAF's copy looks under a cac:Party the tax representative does not have, so it never fails.
            new Rule("cac:TaxRepresentativeParty",
                new Assertion("UBL-SR-22", (e, _) => (cen ? e.Count(Cac.PartyName, Cbc.Name) : e.Count(Cac.Party, Cac.PartyName, Cbc.Name)) <= 1),
                new Assertion("UBL-SR-23", (e, _) => (cen ? e.Count(Cac.PartyTaxScheme, Cbc.CompanyID) : e.Count(Cac.Party, Cac.PartyTaxScheme, Cbc.CompanyID)) <= 1)),
            new Rule("cac:TaxSubtotal", new Assertion("UBL-SR-32", (e, _) => e.Count(Cac.TaxCategory, Cbc.TaxExemptionReason) <= 1)),
        ]);
        return new Pattern("UBL-syntax", rules);
    }

    /// <summary>//*[ends-with(name(), 'Amount') and not(ends-with(name(),'PriceAmount')) and not(ancestor::cac:Price/cac:AllowanceCharge)].</summary>
    private static bool IsAmount(Element e)
    {
        if (!IsAmountName(e.Name)) return false;
        for (var step = e.Parent; step is { } a; step = a.Parent)
        {
            if (a.Name == Cac.Price && a.Exists(Cac.AllowanceCharge)) return false;
        }
        return true;
    }

    private static bool IsAmountName(Name name) =>
        name.Local.EndsWith("Amount", StringComparison.Ordinal) && !name.Local.EndsWith("PriceAmount", StringComparison.Ordinal);

    private static bool IsBinaryObjectName(Name name) => name.Local.EndsWith("BinaryObject", StringComparison.Ordinal);

    /// <summary>(cac:PartyName/cbc:Name) != (../cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName), a general comparison.</summary>
    private static bool PayeeNameDiffers(Element payee)
    {
        var names = payee.Select(Cac.PartyName, Cbc.Name);
        var sellers = payee.Parent!.Value.Select(Cac.AccountingSupplierParty, Cac.Party, Cac.PartyLegalEntity, Cbc.RegistrationName);
        return names.Any(n => sellers.Any(s => s.Value != n.Value));
    }

    private static IEnumerable<Assertion> DocumentAssertions(bool cen)
    {
        yield return new("UBL-CR-002", (e, _) => !e.Exists(Cbc.UBLVersionID) || e.AnyEquals("2.1", Cbc.UBLVersionID));
        yield return new("UBL-CR-412", (e, _) => !e.Exists(Cac.PaymentMeans, Cbc.PaymentDueDate) || e.Is(Cn.CreditNote));
        yield return new("UBL-CR-665", (_, d) => !d.Descendants(Cac.AdditionalDocumentReference)
            .Where(r => r.ChildrenNamed(Cbc.DocumentTypeCode).Any(c => c.Value != "130") || !r.Exists(Cbc.DocumentTypeCode))
            .Any(r => r.ChildrenNamed(Cbc.ID).Any(id => id.HasAttribute("schemeID"))));
        yield return new("UBL-CR-666", (_, d) => !d.Descendants(Cac.AdditionalDocumentReference).Any(r => r.AnyEquals("130", Cbc.DocumentTypeCode) && r.Exists(Cac.Attachment)));
        yield return new("UBL-CR-673", (_, d) => !d.Descendants(Cac.AdditionalDocumentReference).Any(r => r.AnyEquals("130", Cbc.DocumentTypeCode) && r.Exists(Cbc.DocumentDescription)));
        yield return new("UBL-DT-18", (_, d) => d.AttributeCount("name") - d.Descendants(Cbc.PaymentMeansCode).Count(c => c.HasAttribute("name")) <= 0);
        yield return new("UBL-SR-01", (e, _) => e.Count(Cac.ContractDocumentReference, Cbc.ID) <= 1);
        yield return new("UBL-SR-02", (e, _) => e.Count(Cac.ReceiptDocumentReference, Cbc.ID) <= 1);
        yield return new("UBL-SR-03", (e, _) => e.Count(Cac.DespatchDocumentReference, Cbc.ID) <= 1);
        yield return new("UBL-SR-04", (e, _) => e.ChildrenNamed(Cac.AdditionalDocumentReference).Where(r => r.AnyEquals("130", Cbc.DocumentTypeCode)).Sum(r => r.Count(Cbc.ID)) <= 1);
        yield return new("UBL-SR-05", (e, _) => e.Count(Cac.PaymentTerms, Cbc.Note) <= 1);
        yield return new("UBL-SR-08", (e, _) => e.Count(Cac.InvoicePeriod) <= 1);
        yield return new("UBL-SR-09", (e, _) => e.Count(Cac.AccountingSupplierParty, Cac.Party, Cac.PartyLegalEntity, Cbc.RegistrationName) <= 1);
        yield return new("UBL-SR-10", (e, _) => e.Count(Cac.AccountingSupplierParty, Cac.Party, Cac.PartyName, Cbc.Name) <= 1);
        yield return new("UBL-SR-11", (e, _) => e.Count(Cac.AccountingSupplierParty, Cac.Party, Cac.PartyLegalEntity, Cbc.CompanyID) <= 1);
        yield return new("UBL-SR-12", (e, _) => SchemeCompanyIds(e, Cac.AccountingSupplierParty, vat: true) <= 1);
        yield return new("UBL-SR-13", (e, _) => SchemeCompanyIds(e, Cac.AccountingSupplierParty, vat: false) <= 1);
        yield return new("UBL-SR-14", (e, _) => e.Count(Cac.AccountingSupplierParty, Cac.Party, Cac.PartyLegalEntity, Cbc.CompanyLegalForm) <= 1);
        yield return new("UBL-SR-15", (e, _) => e.Count(Cac.AccountingCustomerParty, Cac.Party, Cac.PartyLegalEntity, Cbc.RegistrationName) <= 1);
        yield return new("UBL-SR-16", (e, _) => e.Count(Cac.AccountingCustomerParty, Cac.Party, Cac.PartyIdentification, Cbc.ID) <= 1);
        yield return new("UBL-SR-17", (e, _) => e.Count(Cac.AccountingCustomerParty, Cac.Party, Cac.PartyLegalEntity, Cbc.CompanyID) <= 1);
        yield return new("UBL-SR-18", (e, _) => SchemeCompanyIds(e, Cac.AccountingCustomerParty, vat: true) <= 1);
        yield return new("UBL-SR-24", (e, _) => e.Count(Cac.Delivery) <= 1);
        yield return new("UBL-SR-29", (_, d) => d.Descendants(Cac.PartyIdentification).Sum(p => p.ChildrenNamed(Cbc.ID)
            .Count(id => id.HasAttribute("schemeID") && XPathFunctions.UpperIs(id.Attribute("schemeID"), "SEPA"))) <= 1);
        yield return new("UBL-SR-39", (e, _) => e.Count(Cac.ProjectReference, Cbc.ID) <= 1);
        yield return new("UBL-SR-40", (e, _) => e.Count(Cac.AccountingCustomerParty, Cac.Party, Cac.PartyName, Cbc.Name) <= 1);
        yield return new("UBL-SR-44", (_, d) => d.Descendants(Cbc.PaymentID).Select(p => p.Value).Distinct(StringComparer.Ordinal).Count() <= 1);
        yield return new("UBL-SR-45", (e, _) => e.Count(Cac.PaymentMeans, Cbc.PaymentDueDate) <= 1);
        yield return new("UBL-SR-46", (e, _) => e.Select(Cac.PaymentMeans, Cbc.PaymentMeansCode).Count(c => c.HasAttribute("name")) <= 1);
        yield return new("UBL-SR-47", (_, d) => d.Descendants(Cbc.PaymentMeansCode).Select(p => p.Value).Distinct(StringComparer.Ordinal).Count() <= 1);
        yield return new("UBL-SR-49", (e, _) => e.Count(Cac.InvoicePeriod, Cbc.DescriptionCode) <= 1);
        if (!cen) yield break;
        yield return new("UBL-SR-54", (e, _) => e.Count(Cac.PaymentMeans, Cac.CardAccount) <= 1);
        yield return new("UBL-SR-55", (e, _) => e.Count(Cac.PaymentMeans, Cac.PaymentMandate) <= 1);
        yield return new("UBL-SR-56", (e, _) => e.Count(Cac.OriginatorDocumentReference, Cbc.ID) <= 1);
    }

    private static IEnumerable<Assertion> LineAssertions(bool cen)
    {
        yield return new("UBL-SR-34", (e, _) => e.Count(Cbc.Note) <= 1);
        yield return new("UBL-SR-35", (e, _) => e.Count(Cac.OrderLineReference, Cbc.LineID) <= 1);
        yield return new("UBL-SR-36", (e, _) => e.Count(Cac.InvoicePeriod) <= 1);
        yield return new("UBL-SR-37", (e, _) => e.Count(Cac.Price, Cac.AllowanceCharge, Cbc.Amount) <= 1);
        yield return new("UBL-SR-48", (e, _) => e.Count(Cac.Item, Cac.ClassifiedTaxCategory) == 1);
        yield return new("UBL-SR-50", (e, _) => e.Count(Cac.Item, Cbc.Description) <= 1);
        if (cen) yield return new("UBL-SR-52", (e, _) => e.Count(Cac.DocumentReference) <= 1);
    }

    /// <summary>count(party/cac:Party/cac:PartyTaxScheme[cac:TaxScheme/upper-case(cbc:ID) = or != 'VAT']/cbc:CompanyID).</summary>
    private static int SchemeCompanyIds(Element root, Name party, bool vat)
    {
        // Loops rather than a query: three rules ask it of every document.
        var count = 0;
        foreach (var scheme in root.Along(party, Cac.Party, Cac.PartyTaxScheme))
        {
            foreach (var id in scheme.Along(Cac.TaxScheme, Cbc.ID))
            {
                if (XPathFunctions.UpperIs(id.Value, "VAT") != vat) continue;
                count += scheme.Count(Cbc.CompanyID);
                break;
            }
        }
        return count;
    }
}
