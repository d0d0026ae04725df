using System.Collections.Immutable;
using System.Text.Json;
using Efactura.Core.Calculation;
using Efactura.Core.Model;
using F = Efactura.Core.Json.InvoiceFields;
using Lists = Efactura.Core.CodeLists.CodeLists;

namespace Efactura.Core.Json;

/// <summary>
/// Maps the root object of the invoice JSON onto an <see cref="Invoice"/>, computing line net amounts,
/// the VAT breakdown and the totals. Every member is read even after errors, so all are reported.
/// </summary>
internal static class InvoiceReader
{
    private const string Ron = "RON";

    /// <summary>
    /// More lines are refused before any is read. ANAF takes documents up to 10 MB, and a line of UBL is at least
    /// about 600 bytes, so no invoice ANAF would accept has more than about 16,000 lines; 20,000 also keeps the
    /// worst-case request (reading, writing the XML and validating it) within about two seconds.
    /// </summary>
    public const int MaxLines = 20_000;

    /// <summary>
    /// The invoice as far as the JSON could be read, also after fatal findings (see <see cref="InvoiceJsonResult.Draft"/>);
    /// null only when the root is not an object.
    /// </summary>
    public static Invoice? Read(JsonElement root, JsonParseContext context)
    {
        if (context.Object(root, JsonPointer.Root) is not { } r)
        {
            if (root.ValueKind == JsonValueKind.Null) context.Report(JsonFindings.Type(JsonPointer.Root, root, "an object", "un obiect"));
            return null;
        }
        var number = r.RequiredString(F.Number, "BT-1");
        var issueDate = r.RequiredDate(F.IssueDate, "BT-2");
        var taxPointDate = r.Date(F.TaxPointDate);
        var vatDate = taxPointDate ?? issueDate;
        var type = InvoiceTypeReader.Read(r);
        var (currency, taxCurrency) = Currencies(r);
        var seller = Party(r, F.Supplier, PartyRole.Seller, "BG-4");
        var buyer = Party(r, F.Customer, PartyRole.Buyer, "BG-7");
        var exemptions = new ExemptionReasonCollector(context);
        var lines = Lines(r, new LineReader(exemptions, vatDate));
        var documentReader = new DocumentAllowanceChargeReader(lines, exemptions, vatDate);
        ImmutableArray<AllowanceCharge> allowanceCharges =
        [
            .. r.Array(F.Allowances).Select(i => documentReader.Read(context, i, isCharge: false)).OfType<AllowanceCharge>(),
            .. r.Array(F.Charges).Select(i => documentReader.Read(context, i, isCharge: true)).OfType<AllowanceCharge>(),
        ];
        var (payments, paymentTerms) = Payments(r);
        var prepaid = r.Amount(F.PrepaidAmount);
        var rounding = r.Amount(F.RoundingAmount);

        ImmutableArray<VatBreakdown> breakdown;
        DocumentTotals totals;
        try
        {
            breakdown = InvoiceCalculator.VatBreakdown(lines, allowanceCharges, exemptions.Build());
            totals = Totals(r, lines, allowanceCharges, breakdown, prepaid, rounding, taxCurrency);
        }
        catch (OverflowException)
        {
            context.Report(JsonFindings.Fatal(JsonErrorCodes.Format, r.At(F.Lines),
                "The invoice's totals are too large to compute (beyond 79228162514264337593543950335).",
                "Totalurile facturii sunt prea mari pentru a fi calculate (peste 79228162514264337593543950335).",
                "Check the quantities, prices and amounts for a misplaced digit."));
            r.ReportUnknownFields();
            return null;
        }
        if (r.Object(F.ExpectedTotals) is { } expected) ExpectedTotals.Check(expected, totals);

        var invoice = new Invoice
        {
            CustomizationId = r.String(F.CustomizationId) ?? Specification.CiusRo,
            ProfileId = r.String(F.ProfileId),
            Number = number ?? "",
            IssueDate = issueDate ?? default,
            TypeCode = type,
            CurrencyCode = currency,
            TaxCurrencyCode = taxCurrency,
            TaxPointDate = taxPointDate,
            DueDate = r.Date(F.DueDate),
            BuyerReference = r.String(F.BuyerReference),
            ProjectReference = r.String(F.ProjectReference),
            ContractReference = r.String(F.ContractReference),
            PurchaseOrderReference = r.String(F.OrderReference),
            SalesOrderReference = r.String(F.SalesOrderReference),
            ReceivingAdviceReference = r.String(F.ReceivingAdviceReference),
            DespatchAdviceReference = r.String(F.DespatchAdviceReference),
            TenderOrLotReference = r.String(F.TenderReference),
            InvoicedObjectIdentifier = ComponentReader.Identifier(r, F.InvoicedObject, "BT-18"),
            BuyerAccountingReference = r.String(F.AccountingReference),
            PaymentTerms = paymentTerms,
            Notes = ComponentReader.Notes(r, F.Notes),
            PrecedingInvoices = ComponentReader.PrecedingInvoices(r),
            Seller = seller,
            Buyer = buyer,
            Payee = SecondaryPartyReader.Payee(r.Object(F.Payee)),
            SellerTaxRepresentative = SecondaryPartyReader.TaxRepresentative(r.Object(F.TaxRepresentative)),
            Delivery = SecondaryPartyReader.Delivery(r.Object(F.Delivery)),
            InvoicePeriod = ComponentReader.Period(r.Object(F.Period), r.String(F.VatPointDateCode)),
            PaymentInstructions = payments,
            AllowanceCharges = allowanceCharges,
            Totals = totals,
            VatBreakdown = breakdown,
            SupportingDocuments = ComponentReader.Attachments(r),
            Lines = [.. lines],
        };
        r.ReportUnknownFields();
        return invoice;
    }

    private static Party Party(JsonObjectReader r, string name, PartyRole role, string term) =>
        r.RequiredObject(name, term) is { } party
            ? PartyReader.Read(party, role)
            : new Party { Name = "", Address = new Address { CountryCode = "RO" } };

    private static (string Currency, string? TaxCurrency) Currencies(JsonObjectReader r)
    {
        var currency = Currency(r, F.Currency) ?? Ron;
        var taxCurrency = Currency(r, F.TaxCurrency);
        // BR-RO-030: an invoice in another currency states its VAT in RON as well.
        if (currency != Ron) taxCurrency ??= Ron;
        return (currency, taxCurrency == currency ? null : taxCurrency);
    }

    private static string? Currency(JsonObjectReader r, string name)
    {
        if (r.String(name)?.ToUpperInvariant() is not { } code) return null;
        if (Lists.Currencies.Contains(code)) return code;
        r.Context.Report(JsonFindings.UnknownCode(JsonErrorCodes.CurrencyUnknown, r.At(name), code, "currency", "moneda", [],
            "Use the ISO 4217 code, e.g. RON, EUR, USD."));
        return null;
    }

    private static List<InvoiceLine> Lines(JsonObjectReader r, LineReader reader)
    {
        if (!r.TryGet(F.Lines, out var item))
        {
            r.ReportMissing(F.Lines, "BG-25");
            return [];
        }
        var items = r.Context.Array(item.Element, item.Pointer);
        if (items.Count == 0 && item.Element.ValueKind == JsonValueKind.Array)
        {
            r.Context.Report(JsonFindings.Fatal(JsonErrorCodes.Required, item.Pointer,
                "The invoice has no lines; it needs at least one (BR-16).",
                "Factura nu are nicio linie; este necesară cel puțin una (BR-16).",
                "Add the goods or services sold to \"lines\"."));
        }
        if (items.Count > MaxLines)
        {
            r.Context.Report(JsonFindings.Fatal(JsonErrorCodes.Limit, item.Pointer,
                $"The invoice has {items.Count} lines; at most {MaxLines} are accepted.",
                $"Factura are {items.Count} linii; sunt acceptate cel mult {MaxLines}.",
                "Split the invoice into several invoices, or group lines of the same item."));
            return [];
        }
        var lines = new List<InvoiceLine>();
        // The first line of each id, so that a repeated id is found in one lookup whatever the number of lines.
        var firstWithId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in items)
        {
            if (r.Context.Object(line.Element, line.Pointer) is not { } lineReader) continue;
            var read = reader.Read(lineReader, lines.Count);
            if (!firstWithId.TryAdd(read.Id, lines.Count))
            {
                var earlier = firstWithId[read.Id];
                r.Context.Report(JsonFindings.Fatal(JsonErrorCodes.LineIdDuplicate, lineReader.At(LineFields.Id),
                    $"Line id {JsonFindings.Quote(read.Id)} is already used by {item.Pointer.Append(earlier).Display}; line ids must be unique (BT-126).",
                    $"Identificatorul de linie {JsonFindings.QuoteRo(read.Id)} este deja folosit de {item.Pointer.Append(earlier).Display}; identificatorii liniilor trebuie să fie unici (BT-126).",
                    "Give every line its own id, or leave the ids out to number the lines 1, 2, 3…"));
            }
            lines.Add(read);
        }
        return lines;
    }

    private static (ImmutableArray<PaymentInstructions> Payments, string? Terms) Payments(JsonObjectReader r)
    {
        var hasOne = r.TryGet(F.Payment, out var one);
        var hasMany = r.TryGet(F.Payments, out var many);
        var rootTerms = r.String(F.PaymentTerms);
        if (hasOne && hasMany) r.Context.Report(JsonFindings.Conflict(one.Pointer, many.Pointer));
        IEnumerable<JsonItem> items = hasOne ? [one] : hasMany ? r.Context.Array(many.Element, many.Pointer) : [];
        var payments = ImmutableArray.CreateBuilder<PaymentInstructions>();
        var terms = rootTerms;
        foreach (var item in items)
        {
            if (r.Context.Object(item.Element, item.Pointer) is not { } p) continue;
            var (instructions, paymentTerms) = PaymentReader.Read(p);
            if (instructions is not null) payments.Add(instructions);
            if (paymentTerms is null || paymentTerms == terms) continue;
            if (terms is null) terms = paymentTerms;
            else r.Context.Report(JsonFindings.Conflict(p.At(PaymentFields.Terms), r.At(F.PaymentTerms)));
        }
        return (payments.ToImmutable(), terms);
    }

    private static DocumentTotals Totals(JsonObjectReader r, List<InvoiceLine> lines, ImmutableArray<AllowanceCharge> allowanceCharges,
        ImmutableArray<VatBreakdown> breakdown, decimal? prepaid, decimal? rounding, string? taxCurrency)
    {
        var rate = r.Decimal(F.ExchangeRate);
        var stated = r.Amount(F.VatTotalRon);
        if (rate is <= 0m)
        {
            r.Context.Report(JsonFindings.Format(r.At(F.ExchangeRate), JsonFindings.Number(rate.Value), "a positive exchange rate", "un curs de schimb pozitiv",
                "Give how many RON one unit of the invoice currency is worth, e.g. 4.9750 for EUR."));
            rate = null;
        }
        if (taxCurrency is null)
        {
            foreach (var name in new[] { F.ExchangeRate, F.VatTotalRon }.Where(r.Has))
            {
                r.Context.Report(JsonFindings.Warning(JsonErrorCodes.Ignored, r.At(name),
                    $"The invoice is in {Ron}, so it needs no VAT accounting currency; {name} is not written.",
                    $"Factura este în {Ron}, deci nu are nevoie de o monedă de contabilizare a TVA; {name} nu se scrie.",
                    $"Remove {name}, or set \"currency\" to the currency the invoice is in."));
            }
            return InvoiceCalculator.Totals(lines, allowanceCharges, breakdown, prepaid, rounding);
        }
        if (rate is null && stated is null && !r.Has(F.ExchangeRate) && !r.Has(F.VatTotalRon))
        {
            r.Context.Report(JsonFindings.Fatal(JsonErrorCodes.Required, r.At(F.ExchangeRate),
                $"The VAT must also be stated in {taxCurrency} (BT-111, BR-53): give \"exchangeRate\" ({taxCurrency} per 1 unit of the invoice currency) or \"vatTotalRon\".",
                $"TVA-ul trebuie declarat și în {taxCurrency} (BT-111, BR-53): completați „exchangeRate” ({taxCurrency} pentru o unitate din moneda facturii) sau „vatTotalRon”.",
                "Add e.g. \"exchangeRate\": 4.9750, the rate of the National Bank of Romania for the tax point date."));
        }
        var totals = InvoiceCalculator.Totals(lines, allowanceCharges, breakdown, prepaid, rounding, rate);
        if (stated is not { } vatRon) return totals;
        if (totals.VatTotalInTaxCurrency is { } computed && computed != vatRon)
            r.Context.Report(JsonFindings.TotalMismatch(r.At(F.VatTotalRon), $"VAT total in {taxCurrency} (BT-111)", vatRon, computed));
        return totals with { VatTotalInTaxCurrency = vatRon };
    }
}
