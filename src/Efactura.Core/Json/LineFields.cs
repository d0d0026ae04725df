namespace Efactura.Core.Json;

/// <summary>The members of one element of <c>lines</c>, an invoice line (BG-25).</summary>
public static class LineFields
{
    /// <summary>Line identifier (BT-126). Default: the line's position, 1, 2, 3…</summary>
    public const string Id = "id";

    /// <summary>What is sold, the item name (BT-153). Required.</summary>
    public const string Description = "description";

    /// <summary>Longer item description (BT-154).</summary>
    public const string Details = "details";

    /// <summary>Line note (BT-127).</summary>
    public const string Note = "note";

    /// <summary>Invoiced quantity, negative on a storno line (BT-129). Required; its precision is kept.</summary>
    public const string Quantity = "quantity";

    /// <summary>
    /// Unit of measure (BT-130): a UN/ECE recommendation 20/21 code ("H87", "HUR", "KGM") or a Romanian
    /// name ("buc", "ore", "kg"), case-insensitive. Default "H87" (piece).
    /// </summary>
    public const string Unit = "unit";

    /// <summary>Item net price (BT-146). Required; its precision is kept.</summary>
    public const string UnitPrice = "unitPrice";

    /// <summary>Item gross price, before the price discount (BT-148).</summary>
    public const string GrossPrice = "grossPrice";

    /// <summary>Item price discount, gross minus net price (BT-147).</summary>
    public const string PriceDiscount = "priceDiscount";

    /// <summary>The number of units the price is for, e.g. 100 for a price per hundred (BT-149).</summary>
    public const string BaseQuantity = "baseQuantity";

    /// <summary>Unit of the base quantity (BT-150), like <see cref="Unit"/>.</summary>
    public const string BaseQuantityUnit = "baseQuantityUnit";

    /// <summary>VAT rate in percent, e.g. 21 (BT-152).</summary>
    public const string VatRate = "vatRate";

    /// <summary>
    /// VAT category, UNCL 5305 (BT-151): S (the default when the rate is above 0), Z, E, AE, K, G, O.
    /// E, AE, K, G and O carry rate 0 and an exemption reason in the VAT breakdown.
    /// </summary>
    public const string VatCategory = "vatCategory";

    /// <summary>VAT exemption reason text for the line's category (BT-120 of its VAT breakdown).</summary>
    public const string ExemptionReason = "exemptionReason";

    /// <summary>
    /// VATEX exemption reason code (BT-121). Default for AE: VATEX-EU-AE, K: VATEX-EU-IC, G: VATEX-EU-G,
    /// O: VATEX-EU-O; category E needs a reason or a code from the sender.
    /// </summary>
    public const string ExemptionReasonCode = "exemptionReasonCode";

    /// <summary>
    /// One line allowance (BG-27): a number (the amount, reason code 95 "discount") or
    /// {amount | percent, reason, reasonCode}, see <see cref="AllowanceChargeFields"/>.
    /// </summary>
    public const string Discount = "discount";

    /// <summary>Line allowances (BG-27), an array like <see cref="Discount"/>.</summary>
    public const string Allowances = "allowances";

    /// <summary>Line charges (BG-28): an array of {amount | percent, reason, reasonCode}.</summary>
    public const string Charges = "charges";

    /// <summary>Seller's item identifier, the product code (BT-155).</summary>
    public const string ItemCode = "itemCode";

    /// <summary>Buyer's item identifier (BT-156).</summary>
    public const string BuyerItemCode = "buyerItemCode";

    /// <summary>Item standard identifier, a string or {id, scheme} (BT-157, BT-157-1).</summary>
    public const string StandardId = "standardId";

    /// <summary>A GTIN / EAN barcode, the standard identifier with scheme 0160 (BT-157).</summary>
    public const string Gtin = "gtin";

    /// <summary>CPV code, the item classification with list STI (BT-158).</summary>
    public const string Cpv = "cpv";

    /// <summary>Combined nomenclature (NC) code, the item classification with list TSP (BT-158).</summary>
    public const string Nc = "nc";

    /// <summary>Other item classifications (BT-158): an array of {code, listId (BT-158-1), listVersion (BT-158-2)}.</summary>
    public const string Classifications = "classifications";

    /// <summary>Country of origin, ISO 3166-1 alpha-2 (BT-159).</summary>
    public const string OriginCountry = "originCountry";

    /// <summary>Item attributes (BG-32): an object {"name": "value"} or an array of {name (BT-160), value (BT-161)}.</summary>
    public const string Attributes = "attributes";

    /// <summary>Referenced purchase order line (BT-132).</summary>
    public const string OrderLineReference = "orderLineReference";

    /// <summary>Line buyer accounting reference (BT-133).</summary>
    public const string AccountingReference = "accountingReference";

    /// <summary>Line period (BG-26): {start (BT-134), end (BT-135)}.</summary>
    public const string Period = "period";

    /// <summary>Line object identifier, a string or {id, scheme} (BT-128).</summary>
    public const string ObjectId = "objectId";
}
