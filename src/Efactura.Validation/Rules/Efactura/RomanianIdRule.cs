using Efactura.Core.CodeLists;
using Efactura.Core.Findings;
using Efactura.Validation.Xml;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>
/// EF-CUI-INVALID and EF-CNP-INVALID: the check digits of the seller's and buyer's Romanian identifiers: a VAT id
/// with the RO prefix (BT-31 / BT-48), the seller's tax registration id (BT-32) and the legal registration id
/// (BT-30 / BT-47) when they have the shape of a CUI (2 to 10 digits) or of a CNP (13 digits).
/// </summary>
internal sealed class RomanianIdRule : IOwnRule
{
    public IEnumerable<Finding> Check(OwnRuleContext context)
    {
        foreach (var party in RomanianParty.Both(context))
        {
            if (party.VatId is { } vat && RomanianParty.Text(vat) is var vatText && vatText.StartsWith("RO", StringComparison.Ordinal)
                && !Cui.IsValid(vatText))
                yield return BadCui(vat, vatText, party, $"VAT identifier ({party.VatTerm})", $"codul de TVA ({party.VatTerm})");
            if (party.IsSeller && party.TaxRegistrationId is { } tax && Checked(tax, party, "tax registration identifier (BT-32)", "codul de înregistrare fiscală (BT-32)") is { } taxFinding)
                yield return taxFinding;
            if (party.LegalId is { } legal && party.Country is "RO" or ""
                && Checked(legal, party, $"legal registration identifier ({party.LegalTerm})", $"identificatorul de înregistrare legală ({party.LegalTerm})") is { } legalFinding)
                yield return legalFinding;
        }
    }

    private static Finding? Checked(Element id, RomanianParty party, string what, string whatRo)
    {
        var text = RomanianParty.Text(id);
        if (RomanianIdentifiers.LooksLikeCui(text)) return Cui.IsValid(text) ? null : BadCui(id, text, party, what, whatRo);
        if (!RomanianIdentifiers.LooksLikeCnp(text) || Cnp.IsValid(text)) return null;
        // 13 zeros stand for a buyer whose CNP is not known; a seller invoicing under its CNP must give it.
        if (Cnp.IsAnonymous(text))
        {
            if (!party.IsSeller) return null;
            return OwnRules.Warning(EfacturaRuleIds.Cnp, id,
                $"The seller's {what} is 0000000000000, which stands only for a buyer whose CNP is not known: a seller invoicing as a person is identified by its own CNP.",
                $"{Capital(whatRo)} vânzătorului este 0000000000000, valoare permisă doar pentru un cumpărător al cărui CNP nu este cunoscut: vânzătorul persoană fizică se identifică prin propriul CNP.",
                "Write the seller's own 13-digit CNP.");
        }
        return OwnRules.Warning(EfacturaRuleIds.Cnp, id,
            $"The {party.En}'s {what} \"{text}\" has 13 digits but is not a valid CNP (personal numeric code): its birth date or check digit is wrong.",
            $"{Capital(whatRo)} {party.Ro}, „{text}”, are 13 cifre, dar nu este un CNP valid: data nașterii sau cifra de control este greșită.",
            party.IsSeller ? "Copy the seller's CNP again from the identity card." : "Copy the CNP again from the identity card, or write 0000000000000 when the buyer's CNP is not known.");
    }

    private static Finding BadCui(Element id, string text, RomanianParty party, string what, string whatRo) =>
        RomanianIdentifiers.LooksLikeCui(text) ? WrongCheckDigit(id, text, party, what, whatRo) : NotACui(id, text, party, what, whatRo);

    private static Finding NotACui(Element id, string text, RomanianParty party, string what, string whatRo) =>
        OwnRules.Warning(EfacturaRuleIds.Cui, id,
            $"The {party.En}'s {what} \"{text}\" is not a Romanian VAT identifier: that is RO followed by the fiscal code (CUI), 2 to 10 digits.",
            $"{Capital(whatRo)} {party.Ro}, „{text}”, nu este un cod de TVA românesc: acesta este RO urmat de codul fiscal (CUI), de 2 până la 10 cifre.",
            "Write RO followed by the company's fiscal code, e.g. RO14080700.");

    private static Finding WrongCheckDigit(Element id, string text, RomanianParty party, string what, string whatRo) =>
        OwnRules.Warning(EfacturaRuleIds.Cui, id,
            $"The {party.En}'s {what} \"{text}\" is not a valid Romanian fiscal code (CUI): its last digit, the check digit, does not match the others.",
            $"{Capital(whatRo)} {party.Ro}, „{text}”, nu este un cod de identificare fiscală (CUI) valid: ultima cifră, cifra de control, nu corespunde celorlalte.",
            "Copy the fiscal code again from the registration certificate or from ANAF's public register of taxpayers.");

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
