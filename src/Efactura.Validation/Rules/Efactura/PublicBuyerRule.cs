using Efactura.Core.Findings;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>
/// EF-B2G-ORDER-REFERENCE: Romanian public buyers pay only invoices that quote their purchase order or commitment
/// reference (BT-13, cac:OrderReference/cbc:ID). Whether the buyer is public: the caller's
/// <see cref="InvoiceValidatorOptions.BuyerIsPublic"/>, else <see cref="PublicInstitutionNames"/>.
/// </summary>
internal sealed class PublicBuyerRule : IOwnRule
{
    public IEnumerable<Finding> Check(OwnRuleContext context)
    {
        if (context.Buyer is not { } party) yield break;
        var buyer = new RomanianParty(party, IsSeller: false);
        var isPublic = context.Options.BuyerIsPublic ?? (buyer.Country == "RO" && PublicInstitutionNames.LooksPublic(buyer.Name));
        if (!isPublic || context.Root.Normalized(Cac.OrderReference, Cbc.ID).Length > 0) yield break;
        var why = context.Options.BuyerIsPublic is null ? $"its name \"{buyer.Name}\" is that of a public institution" : "the buyer is a public institution";
        var whyRo = context.Options.BuyerIsPublic is null ? $"numele „{buyer.Name}” este al unei instituții publice" : "cumpărătorul este o instituție publică";
        yield return OwnRules.Warning(EfacturaRuleIds.PublicBuyerOrderReference, context.Root.Child(Cac.OrderReference) ?? context.Root,
            $"The invoice has no purchase order reference (BT-13), but {why}; public buyers need it to commit and pay the invoice.",
            $"Factura nu are referința comenzii (BT-13), dar {whyRo}; cumpărătorii publici au nevoie de ea pentru a angaja și plăti factura.",
            "Write the order or commitment number the public institution gave as the purchase order reference (BT-13, JSON \"orderReference\").");
    }
}
