using Efactura.Core.Findings;
using Efactura.Core.Json;

namespace Efactura.Validation;

/// <summary>
/// The ids of efactura's own warnings, beyond the official rules: checks of Romanian facts that neither
/// EN 16931 nor CIUS-RO makes (VAT rates by date, check digits, B2G and B2C buyers, county codes, the
/// upload deadline). They are always <see cref="Severity.Warning"/>: ANAF accepts the invoice, but
/// something is probably wrong. They run in both profiles and only look at Romanian data (a Romanian
/// seller, buyer or address), so a foreign invoice under <see cref="ValidationProfile.En16931"/> is left
/// alone; <see cref="InvoiceValidatorOptions.OwnWarnings"/> turns them off.
/// </summary>
public static class EfacturaRuleIds
{
    /// <summary>
    /// A standard-rated (category S) line, document allowance or charge, or VAT breakdown uses a rate Romania did
    /// not have on the VAT date (BT-7, else the issue date BT-2), e.g. 19% after 2025-07-31. Same id as the JSON warning.
    /// </summary>
    public const string VatRate = JsonErrorCodes.VatRateUnusual;

    /// <summary>A Romanian fiscal code (CUI) of the seller or buyer, as a VAT id "RO…" or a legal or tax id, has a wrong check digit.</summary>
    public const string Cui = JsonErrorCodes.CuiInvalid;

    /// <summary>A 13-digit identifier of the seller or buyer is not a valid CNP (the 13 zeros of an unknown buyer are fine).</summary>
    public const string Cnp = JsonErrorCodes.CnpInvalid;

    /// <summary>The buyer is a public institution (option or name) and the purchase order reference (BT-13) is missing.</summary>
    public const string PublicBuyerOrderReference = "EF-B2G-ORDER-REFERENCE";

    /// <summary>A Romanian buyer has no VAT id and no identifier that is a CUI, a CNP or the 13 zeros.</summary>
    public const string ConsumerBuyerId = "EF-B2C-BUYER-ID";

    /// <summary>A Romanian address's county is not an ISO 3166-2:RO code, where no official rule of the profile says so.</summary>
    public const string County = "EF-COUNTY-CODE";

    /// <summary>A Romanian seller's invoice is past its upload deadline: 5 working days after the issue date.</summary>
    public const string DeadlinePassed = "EF-DEADLINE-PASSED";

    /// <summary>What each own warning checks, in general terms (each finding's message gives the values).</summary>
    public static IReadOnlyList<RuleDescription> All { get; } =
    [
        new(VatRate, Severity.Warning, "A standard VAT rate that Romania did not have on the VAT date.",
            "O cotă standard de TVA pe care România nu o avea la data TVA.",
            "Use the rate in force on the tax point date (BT-7) or issue date: 19/9/5% until 2025-07-31, 21/11% from 2025-08-01."),
        new(Cui, Severity.Warning, "A Romanian fiscal code (CUI) whose check digit is wrong.",
            "Un cod de identificare fiscală (CUI) cu cifra de control greșită.",
            "Copy the fiscal code again from the registration certificate or from ANAF's public register."),
        new(Cnp, Severity.Warning, "A 13-digit identifier that is not a valid CNP.",
            "Un identificator de 13 cifre care nu este un CNP valid.",
            "Check the CNP, or write 0000000000000 when the buyer's CNP is not known."),
        new(PublicBuyerOrderReference, Severity.Warning, "A public buyer without the purchase order reference (BT-13).",
            "Un cumpărător public fără referința comenzii (BT-13).",
            "Write the order or contract commitment number the public institution gave as the purchase order reference (BT-13)."),
        new(ConsumerBuyerId, Severity.Warning, "A Romanian buyer without a fiscal code, VAT id or CNP.",
            "Un cumpărător din România fără cod fiscal, cod de TVA sau CNP.",
            "Give the company's CUI, or for a person the CNP, or 0000000000000 when the CNP is not known."),
        new(County, Severity.Warning, "A Romanian county that is not an ISO 3166-2:RO code.",
            "Un județ care nu este un cod ISO 3166-2:RO.",
            "Write the county as its ISO 3166-2:RO code, e.g. RO-CJ for Cluj, RO-B for Bucharest."),
        new(DeadlinePassed, Severity.Warning, "The 5 working days to upload the invoice to RO e-Factura have passed.",
            "Au trecut cele 5 zile lucrătoare pentru transmiterea facturii în RO e-Factura.",
            "Upload the invoice now; a late upload can be fined."),
    ];

    /// <summary>True when <paramref name="code"/> is one of efactura's own validator warnings listed here.</summary>
    public static bool Contains(string code) => All.Any(d => d.Id == code);
}
