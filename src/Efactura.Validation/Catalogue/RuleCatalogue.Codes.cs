namespace Efactura.Validation.Catalogue;

/// <summary>The code list rules (BR-CL-*), described in our words.</summary>
internal sealed partial class RuleCatalogue
{
    private void AddCodeListRules()
    {
        foreach (var (id, what, whatRo, list) in CodeListRules)
        {
            var listRo = ListNamesRo.GetValueOrDefault(id, list);
            Fatal(id, $"The {what} is not a code of {list}.", $"Valoarea din {whatRo} nu este un cod din {listRo}.", $"Use a code from {list}.");
        }
    }

    /// <summary>The lists whose names are words, in Romanian (the others are named by their standard: ISO 4217, UNTDID 1001).</summary>
    private static readonly Dictionary<string, string> ListNamesRo = new(StringComparer.Ordinal)
    {
        ["BR-CL-10"] = "ISO 6523 ICD (sau SEPA pentru vânzător ori beneficiarul plății)",
        ["BR-CL-22"] = "lista CEF VATEX",
        ["BR-CL-23"] = "recomandările UN/ECE 20 și 21",
        ["BR-CL-24"] = "tipurile permise (PDF, PNG, JPEG, CSV, XLSX, ODS)",
        ["BR-CL-25"] = "lista CEF EAS",
    };

    private static readonly (string Id, string What, string WhatRo, string List)[] CodeListRules =
    [
        ("BR-CL-01", "invoice type code (BT-3)", "codul tipului facturii (BT-3)", "UNTDID 1001"),
        ("BR-CL-03", "currency of an amount (currencyID)", "moneda unei sume (currencyID)", "ISO 4217"),
        ("BR-CL-04", "invoice currency code (BT-5)", "codul monedei facturii (BT-5)", "ISO 4217"),
        ("BR-CL-05", "VAT accounting currency code (BT-6)", "codul monedei de contabilizare a TVA (BT-6)", "ISO 4217"),
        ("BR-CL-06", "VAT point date code (BT-8)", "codul datei de exigibilitate (BT-8)", "UNTDID 2005 (3, 35, 432)"),
        ("BR-CL-07", "invoiced object identifier scheme (BT-18)", "schema identificatorului obiectului facturat (BT-18)", "UNTDID 1153"),
        ("BR-CL-10", "party identifier scheme (BT-29, BT-46, BT-60)", "schema identificatorului părții (BT-29, BT-46, BT-60)", "ISO 6523 ICD (or SEPA for the seller or payee)"),
        ("BR-CL-11", "legal registration identifier scheme (BT-30, BT-47, BT-61)", "schema identificatorului de înregistrare (BT-30, BT-47, BT-61)", "ISO 6523 ICD"),
        ("BR-CL-13", "item classification scheme (BT-158)", "schema clasificării articolului (BT-158)", "UNTDID 7143"),
        ("BR-CL-14", "country code", "codul țării", "ISO 3166-1 alpha-2"),
        ("BR-CL-15", "item country of origin (BT-159)", "țara de origine a articolului (BT-159)", "ISO 3166-1 alpha-2"),
        ("BR-CL-16", "payment means code (BT-81)", "codul mijlocului de plată (BT-81)", "UNTDID 4461"),
        ("BR-CL-17", "VAT category code", "codul categoriei de TVA", "UNTDID 5305 (S, Z, E, AE, K, G, O, L, M, B)"),
        ("BR-CL-18", "line VAT category code (BT-151)", "codul categoriei de TVA pe linie (BT-151)", "UNTDID 5305 (S, Z, E, AE, K, G, O, L, M, B)"),
        ("BR-CL-19", "allowance reason code (BT-98, BT-140)", "codul motivului deducerii (BT-98, BT-140)", "UNTDID 5189"),
        ("BR-CL-20", "charge reason code (BT-105, BT-145)", "codul motivului taxei suplimentare (BT-105, BT-145)", "UNTDID 7161"),
        ("BR-CL-21", "item standard identifier scheme (BT-157)", "schema identificatorului standard al articolului (BT-157)", "ISO 6523 ICD"),
        ("BR-CL-22", "VAT exemption reason code (BT-121)", "codul motivului scutirii de TVA (BT-121)", "the CEF VATEX list"),
        ("BR-CL-23", "unit of measure (unitCode)", "unitatea de măsură (unitCode)", "UN/ECE recommendations 20 and 21"),
        ("BR-CL-24", "attachment MIME type (mimeCode)", "tipul MIME al atașamentului (mimeCode)", "the allowed types (PDF, PNG, JPEG, CSV, XLSX, ODS)"),
        ("BR-CL-25", "electronic address scheme (schemeID of BT-34, BT-49)", "schema adresei electronice (BT-34, BT-49)", "the CEF EAS list"),
        ("BR-CL-26", "delivery location identifier scheme (BT-71)", "schema identificatorului locului de livrare (BT-71)", "ISO 6523 ICD"),
    ];
}
