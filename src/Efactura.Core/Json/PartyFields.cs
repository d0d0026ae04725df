namespace Efactura.Core.Json;

/// <summary>
/// The members of <c>supplier</c> (the seller, BG-4) and <c>customer</c> (the buyer, BG-7). Business
/// terms are given as seller / buyer.
/// </summary>
/// <remarks>
/// Romanian identifiers, following ANAF's CIUS-RO examples: the seller's <c>vatNumber</c> "RO…" is
/// BT-31; a seller not registered for VAT gives its <c>cui</c>, written as the tax registration
/// identifier BT-32 (BR-RO-065 needs BT-31 or BT-32); a VAT-registered seller's <c>cui</c> becomes the
/// legal registration identifier BT-30 unless <c>tradeRegister</c> fills it. A seller who is a person and invoices
/// under the CNP (in e-Factura since 2026-06-01) gives its <c>cnp</c>: without a VAT number it is written as BT-32
/// (for BR-RO-065) and as BT-30 (for BR-CO-26, as a person has no trade register number); with one, as BT-30.
/// CIUS-RO 1.0.9 has no rule on the form of BT-30 or BT-32, so the CNP is written as it is. For the buyer, BT-47
/// takes the first of <c>legalRegistrationId</c>, <c>cnp</c>, <c>cui</c>, <c>tradeRegister</c>
/// (BR-RO-120 needs BT-47 or BT-48).
/// </remarks>
public static class PartyFields
{
    /// <summary>Registration name (BT-27 / BT-44). Required.</summary>
    public const string Name = "name";

    /// <summary>Trading name (BT-28 / BT-45).</summary>
    public const string TradingName = "tradingName";

    /// <summary>VAT identifier with the country prefix, e.g. "RO12345678" (BT-31 / BT-48).</summary>
    public const string VatNumber = "vatNumber";

    /// <summary>The Romanian fiscal code (CUI / CIF) without "RO": seller BT-32 (or BT-30), buyer BT-47.</summary>
    public const string Cui = "cui";

    /// <summary>
    /// A person's CNP (personal numeric code, 13 digits). Buyer: BT-47, or "0000000000000" when unknown. Seller invoicing
    /// under the CNP: BT-32 and BT-30 without a VAT number, BT-30 with one.
    /// </summary>
    public const string Cnp = "cnp";

    /// <summary>Trade register number, e.g. "J40/1234/2020": seller BT-30, buyer BT-47.</summary>
    public const string TradeRegister = "tradeRegister";

    /// <summary>Legal registration identifier with scheme, a string or {id, scheme} (BT-30 / BT-47, with BT-30-1 / BT-47-1).</summary>
    public const string LegalRegistrationId = "legalRegistrationId";

    /// <summary>Tax registration identifier of the seller, written as given (BT-32; seller only).</summary>
    public const string TaxRegistrationId = "taxRegistrationId";

    /// <summary>Additional legal information, e.g. share capital (BT-33; seller only).</summary>
    public const string LegalInfo = "legalInfo";

    /// <summary>Party identifiers (BT-29 / BT-46): an array of strings or {id, scheme}.</summary>
    public const string Identifiers = "identifiers";

    /// <summary>Electronic address (BT-34 / BT-49): {id, scheme}, or an e-mail address string (scheme EM).</summary>
    public const string ElectronicAddress = "electronicAddress";

    /// <summary>Postal address (BG-5 / BG-8), see <see cref="AddressFields"/>. Required.</summary>
    public const string Address = "address";

    /// <summary>Contact e-mail (BT-43 / BT-58).</summary>
    public const string Email = "email";

    /// <summary>Contact telephone (BT-42 / BT-57).</summary>
    public const string Phone = "phone";

    /// <summary>Contact point, a person or department (BT-41 / BT-56).</summary>
    public const string ContactName = "contactName";

    /// <summary>
    /// Customer only, through the gateway: the id of one of the company's partners (<c>GET /v1/companies/{id}/partners</c>),
    /// whose name, VAT number, CUI/CNP or trade register and address fill the members not given (see the gateway's README).
    /// </summary>
    public const string PartnerId = "partnerId";
}
