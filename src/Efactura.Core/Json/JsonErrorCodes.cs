namespace Efactura.Core.Json;

/// <summary>
/// The codes of the findings <see cref="InvoiceJson.Parse(System.ReadOnlySpan{byte})"/> reports, all in one place.
/// Official rule ids (BR-…) belong to the validator; these are efactura's own (DESIGN §4.2).
/// Fatal unless the summary says warning.
/// </summary>
public static class JsonErrorCodes
{
    /// <summary>The text is not well-formed JSON; Line and Column say where.</summary>
    public const string Syntax = "EF-JSON-SYNTAX";

    /// <summary>A required field is missing (or null, or an empty string or array).</summary>
    public const string Required = "EF-JSON-REQUIRED";

    /// <summary>A field has the wrong JSON type, e.g. an object where a number belongs.</summary>
    public const string Type = "EF-JSON-TYPE";

    /// <summary>A value has the right type but the wrong shape: "1,5" for a number, "05.03.2026" for a date, bad base64.</summary>
    public const string Format = "EF-JSON-FORMAT";

    /// <summary>Warning: a field efactura does not know, usually a typo; the message suggests the closest known name.</summary>
    public const string UnknownField = "EF-JSON-UNKNOWN-FIELD";

    /// <summary>The same field appears twice in one object (names compare case-insensitively).</summary>
    public const string DuplicateField = "EF-JSON-DUPLICATE-FIELD";

    /// <summary>Two fields that fill the same business term disagree or exclude each other, e.g. precedingInvoice and precedingInvoices.</summary>
    public const string Conflict = "EF-JSON-CONFLICT";

    /// <summary>Warning: a value was given but has no place in the invoice, e.g. a second legal registration id of the buyer.</summary>
    public const string Ignored = "EF-JSON-IGNORED";

    /// <summary>Warning: an amount had more than two decimals and was rounded (amounts in UBL have at most two, UBL-DT-01).</summary>
    public const string AmountRounded = "EF-AMOUNT-ROUNDED";

    /// <summary>The invoice type is neither a known name nor a UNCL 1001 code.</summary>
    public const string TypeUnknown = "EF-TYPE-UNKNOWN";

    /// <summary>The unit is neither a UN/ECE recommendation 20/21 code nor a known Romanian name.</summary>
    public const string UnitUnknown = "EF-UNIT-UNKNOWN";

    /// <summary>A Romanian address names a county that is not in ISO 3166-2:RO.</summary>
    public const string CountyUnknown = "EF-COUNTY-UNKNOWN";

    /// <summary>Warning: a Bucharest address has no sector, which BR-RO-100 requires as the city (SECTOR1..SECTOR6).</summary>
    public const string SectorMissing = "EF-SECTOR-MISSING";

    /// <summary>The country is not an ISO 3166-1 alpha-2 code.</summary>
    public const string CountryUnknown = "EF-COUNTRY-UNKNOWN";

    /// <summary>The currency is not an ISO 4217 code.</summary>
    public const string CurrencyUnknown = "EF-CURRENCY-UNKNOWN";

    /// <summary>The VAT category is not one of UNCL 5305 as EN 16931 uses it.</summary>
    public const string VatCategoryUnknown = "EF-VAT-CATEGORY-UNKNOWN";

    /// <summary>A VAT category that carries no VAT (Z, E, AE, K, G, O) was given a rate other than 0.</summary>
    public const string VatRateMismatch = "EF-VAT-RATE-MISMATCH";

    /// <summary>Warning: a standard-rated line uses a rate that Romania did not have at the tax point date.</summary>
    public const string VatRateUnusual = "EF-VAT-RATE-UNUSUAL";

    /// <summary>The VAT exemption reason code is not in the VATEX list.</summary>
    public const string ExemptionCodeUnknown = "EF-VATEX-UNKNOWN";

    /// <summary>Two lines of one VAT category give different exemption reasons; the VAT breakdown holds one per category.</summary>
    public const string ExemptionConflict = "EF-EXEMPTION-CONFLICT";

    /// <summary>The payment means is neither a known name nor a UNCL 4461 code.</summary>
    public const string PaymentMeansUnknown = "EF-PAYMENT-MEANS-UNKNOWN";

    /// <summary>An allowance reason code is not in UNCL 5189, or a charge reason code not in UNCL 7161.</summary>
    public const string ReasonCodeUnknown = "EF-REASON-CODE-UNKNOWN";

    /// <summary>Warning: the IBAN's check digits are wrong (ISO 13616 mod 97).</summary>
    public const string IbanInvalid = "EF-IBAN-INVALID";

    /// <summary>Warning: the CUI / CIF check digit is wrong.</summary>
    public const string CuiInvalid = "EF-CUI-INVALID";

    /// <summary>Warning: the CNP is not a valid personal numeric code (and not the 13 zeros of an unknown buyer).</summary>
    public const string CnpInvalid = "EF-CNP-INVALID";

    /// <summary>Two lines have the same id (BT-126 must be unique).</summary>
    public const string LineIdDuplicate = "EF-LINE-ID-DUPLICATE";

    /// <summary>An expected total (or the stated VAT total in RON) differs from the one computed from the lines.</summary>
    public const string TotalMismatch = "EF-TOTAL-MISMATCH";

    /// <summary>
    /// A party names a partner (<c>partnerId</c>) that nothing filled it from: the gateway fills <c>customer</c> from the
    /// company's partner before the invoice is read; the CLI and a <c>supplier</c> have no partner to fill from.
    /// </summary>
    public const string PartnerNotFilled = "EF-PARTNER-NOT-FILLED";

    /// <summary>The input is beyond a stated limit (more lines than an invoice may have).</summary>
    public const string Limit = "EF-JSON-LIMIT";
}
