using System.Text.RegularExpressions;
using Efactura.Simulator;
using Efactura.Simulator.Rules;

namespace Efactura.EndToEnd.Tests.Infrastructure;

/// <summary>
/// ANAF's checks beyond the Schematron: the simulator's CIUS-RO rules, plus its registry check that rejects an
/// invoice whose seller CUI is not (or no longer) registered, with ANAF's message for it (anaf-api.md, stareMesaj nok).
/// </summary>
public sealed partial class RegistryRules(IReadOnlySet<string> unregisteredSellers) : IInvoiceRules
{
    private readonly CiusRoInvoiceRules _official = new();

    /// <inheritdoc />
    public InvoiceVerdict Check(ReadOnlyMemory<byte> document, UploadStandard standard)
    {
        var text = System.Text.Encoding.UTF8.GetString(document.Span);
        var seller = SellerVatId().Match(text);
        var cui = seller.Success ? seller.Groups["cui"].Value : "";
        if (unregisteredSellers.Contains(cui))
            return InvoiceVerdict.Rejected([
                $"E: AccountingSupplierParty (1) sectiune Party (1) sectiune PartyTaxScheme (1) sectiune CompanyID (1)  eroare regula: R_BT_32_cui: Cui vanzator incorect / validare CUI ({cui}) ",
            ]);
        return _official.Check(document, standard);
    }

    [GeneratedRegex(@"<cac:AccountingSupplierParty>.*?<cbc:CompanyID>(?:RO)?(?<cui>\d+)</cbc:CompanyID>", RegexOptions.Singleline)]
    private static partial Regex SellerVatId();
}
