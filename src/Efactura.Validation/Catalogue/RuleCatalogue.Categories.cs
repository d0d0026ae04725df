namespace Efactura.Validation.Catalogue;

/// <summary>The VAT category rules (BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-IG, BR-IP, BR-AF, BR-AG, BR-G, BR-O), one template per rule number.</summary>
internal sealed partial class RuleCatalogue
{
    private sealed record VatCategoryName(string Prefix, string Code, string En, string Ro, string RateEn, string RateRo, bool ReasonRequired, string Parties, string PartiesRo);

    private static readonly VatCategoryName[] VatCategoryNames =
    [
        new("BR-S", "S", "standard rated", "cotă standard", "a rate above zero", "o cotă mai mare ca zero", false, "the seller's VAT id (BT-31, or BT-63 of a tax representative)", "codul de TVA al vânzătorului (BT-31 sau BT-63)"),
        new("BR-Z", "Z", "zero rated", "cotă zero", "rate 0", "cota 0", false, "the seller's VAT id (BT-31, or BT-63 of a tax representative)", "codul de TVA al vânzătorului (BT-31 sau BT-63)"),
        new("BR-E", "E", "exempt from VAT", "scutit de TVA", "rate 0", "cota 0", true, "the seller's VAT id (BT-31, or BT-63 of a tax representative)", "codul de TVA al vânzătorului (BT-31 sau BT-63)"),
        new("BR-AE", "AE", "reverse charge", "taxare inversă", "rate 0", "cota 0", true, "the seller's VAT id (BT-31 or BT-63) and the buyer's VAT id (BT-48) or legal id (BT-47)", "codul de TVA al vânzătorului (BT-31 sau BT-63) și codul de TVA (BT-48) sau de înregistrare (BT-47) al cumpărătorului"),
        new("BR-IC", "K", "intra-community supply", "livrare intracomunitară", "rate 0", "cota 0", true, "the seller's VAT id (BT-31 or BT-63) and the buyer's VAT id (BT-48)", "codul de TVA al vânzătorului (BT-31 sau BT-63) și al cumpărătorului (BT-48)"),
        new("BR-G", "G", "export outside the EU", "export în afara UE", "rate 0", "cota 0", true, "the seller's VAT id (BT-31, or BT-63 of a tax representative)", "codul de TVA al vânzătorului (BT-31 sau BT-63)"),
        new("BR-O", "O", "not subject to VAT", "neimpozabil", "no rate", "nicio cotă", true, "no VAT id of seller, representative or buyer", "niciun cod de TVA al vânzătorului, reprezentantului sau cumpărătorului"),
        new("BR-IG", "L", "Canary Islands IGIC", "IGIC Insulele Canare", "a rate of zero or more", "o cotă de zero sau mai mult", false, "the seller's VAT id (BT-31, or BT-63 of a tax representative)", "codul de TVA al vânzătorului (BT-31 sau BT-63)"),
        new("BR-IP", "M", "Ceuta and Melilla IPSI", "IPSI Ceuta și Melilla", "a rate of zero or more", "o cotă de zero sau mai mult", false, "the seller's VAT id (BT-31, or BT-63 of a tax representative)", "codul de TVA al vânzătorului (BT-31 sau BT-63)"),
        new("BR-AF", "L", "Canary Islands IGIC", "IGIC Insulele Canare", "a rate of zero or more", "o cotă de zero sau mai mult", false, "the seller's VAT id (BT-31, or BT-63 of a tax representative)", "codul de TVA al vânzătorului (BT-31 sau BT-63)"),
        new("BR-AG", "M", "Ceuta and Melilla IPSI", "IPSI Ceuta și Melilla", "a rate of zero or more", "o cotă de zero sau mai mult", false, "the seller's VAT id (BT-31, or BT-63 of a tax representative)", "codul de TVA al vânzătorului (BT-31 sau BT-63)"),
    ];

    private void AddCategoryRules(VatCategoryName c)
    {
        var name = $"category {c.Code} ({c.En})";
        var nameRo = $"categoria {c.Code} ({c.Ro})";
        Fatal($"{c.Prefix}-01", $"VAT {name} is used but the VAT breakdown does not hold it exactly once.",
            $"Se folosește {nameRo}, dar defalcarea TVA nu o conține exact o dată.", $"Add one cac:TaxSubtotal for category {c.Code}.");
        Fatal($"{c.Prefix}-02", $"A line in VAT {name} requires {c.Parties}.", $"O linie în {nameRo} cere {c.PartiesRo}.", "Add the missing VAT identifiers, or use the right category.");
        Fatal($"{c.Prefix}-03", $"A document allowance in VAT {name} requires {c.Parties}.", $"O deducere în {nameRo} cere {c.PartiesRo}.", "Add the missing VAT identifiers, or use the right category.");
        Fatal($"{c.Prefix}-04", $"A document charge in VAT {name} requires {c.Parties}.", $"O taxă suplimentară în {nameRo} cere {c.PartiesRo}.", "Add the missing VAT identifiers, or use the right category.");
        Fatal($"{c.Prefix}-05", $"A line in VAT {name} must have {c.RateEn} (BT-152).", $"O linie în {nameRo} trebuie să aibă {c.RateRo} (BT-152).", $"Set the line VAT rate to {c.RateEn}.");
        Fatal($"{c.Prefix}-06", $"A document allowance in VAT {name} must have {c.RateEn} (BT-96).", $"O deducere în {nameRo} trebuie să aibă {c.RateRo} (BT-96).", $"Set the allowance VAT rate to {c.RateEn}.");
        Fatal($"{c.Prefix}-07", $"A document charge in VAT {name} must have {c.RateEn} (BT-103).", $"O taxă suplimentară în {nameRo} trebuie să aibă {c.RateRo} (BT-103).", $"Set the charge VAT rate to {c.RateEn}.");
        Fatal($"{c.Prefix}-08", $"The taxable amount (BT-116) of VAT {name} is not the sum of its lines, charges and allowances.",
            $"Baza impozabilă (BT-116) pentru {nameRo} nu este suma liniilor, taxelor și deducerilor ei.", "Recompute the category's taxable amount from the lines and document allowances and charges.");
        Fatal($"{c.Prefix}-09", c.Code is "S" or "L" or "M"
                ? $"The VAT amount (BT-117) of {name} is not its taxable amount times its rate."
                : $"The VAT amount (BT-117) of {name} is not zero.",
            c.Code is "S" or "L" or "M" ? $"Valoarea TVA (BT-117) pentru {nameRo} nu este baza înmulțită cu cota." : $"Valoarea TVA (BT-117) pentru {nameRo} nu este zero.",
            c.Code is "S" or "L" or "M" ? "Compute the VAT as round(taxable × rate / 100, 2)." : "Set the category's VAT amount to 0.");
        if (c.ReasonRequired)
            Fatal($"{c.Prefix}-10", $"The VAT breakdown for {name} has no exemption reason (BT-120) or reason code (BT-121).",
                $"Defalcarea pentru {nameRo} nu are motivul scutirii (BT-120) sau codul motivului (BT-121).", "Add cbc:TaxExemptionReason or cbc:TaxExemptionReasonCode, e.g. VATEX-EU-AE.");
        else
            Fatal($"{c.Prefix}-10", $"The VAT breakdown for {name} must not give an exemption reason (BT-120, BT-121).",
                $"Defalcarea pentru {nameRo} nu trebuie să aibă motiv de scutire (BT-120, BT-121).", "Remove cbc:TaxExemptionReason and cbc:TaxExemptionReasonCode.");
        if (c.Prefix is not ("BR-IC" or "BR-O")) return;
        if (c.Prefix == "BR-IC")
        {
            Fatal("BR-IC-11", "An intra-community supply needs the actual delivery date (BT-72) or the invoicing period (BG-14).",
                "O livrare intracomunitară cere data livrării (BT-72) sau perioada de facturare (BG-14).", "Add cac:Delivery/cbc:ActualDeliveryDate or cac:InvoicePeriod.");
            Fatal("BR-IC-12", "An intra-community supply needs the deliver-to country code (BT-80).",
                "O livrare intracomunitară cere codul țării de livrare (BT-80).", "Add cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode.");
            return;
        }
        Fatal("BR-O-11", "An invoice with VAT category O must have no other category in the VAT breakdown.", "O factură cu categoria O nu poate avea alte categorii în defalcarea TVA.", "Issue separate invoices for supplies not subject to VAT.");
        Fatal("BR-O-12", "An invoice with VAT category O must have no line in another category.", "O factură cu categoria O nu poate avea linii în alte categorii.", "Issue separate invoices for supplies not subject to VAT.");
        Fatal("BR-O-13", "An invoice with VAT category O must have no document allowance in another category.", "O factură cu categoria O nu poate avea deduceri în alte categorii.", "Issue separate invoices for supplies not subject to VAT.");
        Fatal("BR-O-14", "An invoice with VAT category O must have no document charge in another category.", "O factură cu categoria O nu poate avea taxe suplimentare în alte categorii.", "Issue separate invoices for supplies not subject to VAT.");
    }
}
