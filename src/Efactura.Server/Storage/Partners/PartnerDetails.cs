namespace Efactura.Server.Storage.Partners;

/// <summary>What an invoice says about its supplier, as a partner of the receiving company keeps it.</summary>
/// <param name="Identifier">The key per company: the CUI without its <c>RO</c> prefix, or the CNP, or a foreign VAT number.</param>
/// <param name="VatIdentifier">The VAT number as written (BT-31), when there is one.</param>
/// <param name="Name">BT-27.</param>
/// <param name="Street">BT-35 and BT-36, joined.</param>
/// <param name="City">BT-37.</param>
/// <param name="County">BT-39 (for Romania, the county code such as <c>RO-B</c>).</param>
/// <param name="PostalCode">BT-38.</param>
/// <param name="CountryCode">BT-40.</param>
/// <param name="Iban">The first payment account (BT-84).</param>
/// <param name="TradeRegister">The trade register number (from BT-30 when it is one, else BT-33).</param>
public sealed record PartnerDetails(
    string Identifier,
    string? VatIdentifier,
    string Name,
    string? Street,
    string? City,
    string? County,
    string? PostalCode,
    string CountryCode,
    string? Iban,
    string? TradeRegister);
