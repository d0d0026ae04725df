using Efactura.Core.Findings;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>
/// EF-B2C-BUYER-ID: a Romanian buyer without a VAT identifier (BT-48) whose identifiers (BT-46, BT-47) hold no CUI,
/// no CNP and not the 13 zeros ANAF accepts for a person whose CNP is not known. Under CIUS-RO a buyer with
/// neither BT-47 nor BT-48 already fails BR-RO-120, so the warning is left to the other cases there.
/// </summary>
internal sealed class ConsumerBuyerRule : IOwnRule
{
    public IEnumerable<Finding> Check(OwnRuleContext context)
    {
        if (context.Buyer is not { } party) yield break;
        var buyer = new RomanianParty(party, IsSeller: false);
        if (buyer.Country != "RO" || HasText(buyer.VatId) || HasText(buyer.TaxRegistrationId)) yield break;
        if (context.Profile == ValidationProfile.CiusRo && buyer.LegalId is null) yield break;
        var identifiers = buyer.Identifications.Concat(buyer.LegalId is { } legal ? [legal] : []).Select(RomanianParty.Text).Where(t => t.Length > 0).ToList();
        if (identifiers.Any(RomanianIdentifiers.IdentifiesTaxpayer)) yield break;
        // An invalid CUI or CNP gets its own check-digit warning; this one is for a buyer not identified at all.
        if (identifiers.Any(t => RomanianIdentifiers.LooksLikeCui(t) || RomanianIdentifiers.LooksLikeCnp(t))) yield break;
        var shown = identifiers.Count == 0 ? "none" : string.Join(", ", identifiers.Select(t => $"\"{t}\""));
        var shownRo = identifiers.Count == 0 ? "niciunul" : string.Join(", ", identifiers.Select(t => $"„{t}”"));
        yield return OwnRules.Warning(EfacturaRuleIds.ConsumerBuyerId, buyer.LegalId ?? party,
            $"The Romanian buyer \"{buyer.Name}\" has no VAT identifier (BT-48), and its identifiers ({shown}) are neither a fiscal code (CUI) nor a CNP.",
            $"Cumpărătorul din România „{buyer.Name}” nu are cod de TVA (BT-48), iar identificatorii săi ({shownRo}) nu sunt nici cod fiscal (CUI), nici CNP.",
            "For a company give its CUI as the legal registration identifier (BT-47); for a person give the CNP, or 0000000000000 when it is not known.");
    }

    private static bool HasText(Element? element) => element is { } e && RomanianParty.Text(e).Length > 0;
}
