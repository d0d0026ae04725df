namespace Efactura.Core.Model;

/// <summary>The period an invoice or a line covers (BG-14 on the document, BG-26 on a line).</summary>
/// <param name="StartDate">Start date (BT-73 / BT-134).</param>
/// <param name="EndDate">End date (BT-74 / BT-135).</param>
/// <param name="VatPointDateCode">Value added tax point date code, UNCL 2005 subset 3, 35, 432; document period only (BT-8).</param>
public sealed record InvoicePeriod(DateOnly? StartDate = null, DateOnly? EndDate = null, string? VatPointDateCode = null);
