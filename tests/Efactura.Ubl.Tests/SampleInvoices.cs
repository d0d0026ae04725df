using System.Collections.Immutable;
using System.Text;
using Efactura.Core.Model;

namespace Efactura.Ubl.Tests;

/// <summary>
/// Invoices with every business term filled, consistent totals and CIUS-RO addresses, checked by hand with
/// the official validators (XSD, EN 16931, CIUS-RO: no fatal rule) when written by <see cref="UblWriter"/>.
/// </summary>
internal static class SampleInvoices
{
    /// <summary>A RON invoice with every business term the model has (but BT-8, exclusive with BT-7 by BR-CO-03).</summary>
    public static Invoice FullInvoice() => new()
    {
        ProfileId = "urn:fdc:efactura:process:01",
        Number = "FCT-2025-0001",
        IssueDate = new DateOnly(2025, 9, 15),
        DueDate = new DateOnly(2025, 10, 15),
        TaxPointDate = new DateOnly(2025, 9, 14),
        CurrencyCode = "RON",
        BuyerReference = "REF-CUMPARATOR-7",
        ProjectReference = "PRJ-42",
        ContractReference = "CTR-2025/3",
        PurchaseOrderReference = "PO-889",
        SalesOrderReference = "SO-1201",
        ReceivingAdviceReference = "NIR-55",
        DespatchAdviceReference = "AVZ-77",
        TenderOrLotReference = "LOT-2",
        InvoicedObjectIdentifier = new Identifier("OBJ-9001", "ABZ"),
        BuyerAccountingReference = "6022.01",
        PaymentTerms = "Plata in 30 de zile.\nPenalitati 0,1% pe zi.",
        Notes = [new InvoiceNote("Factura emisa conform contractului."), new InvoiceNote("Marfa livrata integral.", "AAI")],
        PrecedingInvoices = [new PrecedingInvoiceReference("FCT-2025-0000", new DateOnly(2025, 8, 1))],
        Seller = Seller(),
        Buyer = Buyer(),
        Payee = new Payee { Name = "Factor Finantare SRL", Identifier = new Identifier("5940000000001", "0088"), LegalRegistrationId = new Identifier("RO40000001") },
        SellerTaxRepresentative = new TaxRepresentative
        {
            Name = "Reprezentant Fiscal SRL", VatIdentifier = "RO30000003",
            Address = RomanianAddress("Strada Fiscala 3", "Iasi", "700001", "RO-IS"),
        },
        Delivery = new Delivery
        {
            PartyName = "Depozit Central", LocationId = new Identifier("5940000000002", "0088"),
            ActualDeliveryDate = new DateOnly(2025, 9, 12),
            Address = RomanianAddress("Soseaua Depozitelor 10", "SECTOR3", "030001", "RO-B"),
        },
        InvoicePeriod = new InvoicePeriod(new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 14)),
        // UBL-SR-47 allows one payment means code per invoice: card and direct debit are in the other samples.
        PaymentInstructions =
        [
            new PaymentInstructions
            {
                MeansCode = "30", MeansText = "Transfer bancar", RemittanceInformation = "FCT-2025-0001",
                CreditTransfer = new CreditTransfer("RO49AAAA1B31007593840000", "Vanzator Exemplu SRL", "AAAAROBU"),
            },
            new PaymentInstructions
            {
                MeansCode = "30", RemittanceInformation = "FCT-2025-0001",
                CreditTransfer = new CreditTransfer("RO09BCYP0000001234567890", "Vanzator Exemplu SRL"),
            },
        ],
        AllowanceCharges =
        [
            new AllowanceCharge
            {
                IsCharge = false, Amount = 10.00m, BaseAmount = 200.00m, Percentage = 5m,
                VatCategory = VatCategory.Standard, VatRate = 21m, Reason = "Discount fidelitate", ReasonCode = "95",
            },
            new AllowanceCharge
            {
                IsCharge = true, Amount = 5.00m, VatCategory = VatCategory.Standard, VatRate = 21m, Reason = "Transport", ReasonCode = "FC",
            },
        ],
        Totals = new DocumentTotals
        {
            LineNetTotal = 265.45m, AllowanceTotal = 10.00m, ChargeTotal = 5.00m, TaxExclusiveAmount = 260.45m,
            VatTotal = 44.19m, TaxInclusiveAmount = 304.64m, PrepaidAmount = 100.00m, RoundingAmount = 0.36m, PayableAmount = 205.00m,
        },
        VatBreakdown =
        [
            new VatBreakdown { TaxableAmount = 210.45m, TaxAmount = 44.19m, Category = VatCategory.Standard, Rate = 21m },
            new VatBreakdown
            {
                TaxableAmount = 50.00m, TaxAmount = 0.00m, Category = VatCategory.Exempt, Rate = 0m,
                ExemptionReason = "Scutit conform art. 292 Cod fiscal", ExemptionReasonCode = "VATEX-EU-132",
            },
        ],
        SupportingDocuments =
        [
            new SupportingDocument
            {
                Id = "PV-31", Description = "Proces verbal de receptie",
                Attachment = new Attachment([.. Encoding.UTF8.GetBytes("%PDF-1.4 proces verbal")], "application/pdf", "pv-31.pdf"),
            },
            new SupportingDocument { Id = "FOTO-1", Description = "Fotografii", ExternalUri = "https://example.com/foto-1" },
        ],
        Lines = [GoodsLine(), WeighedLine(), ExemptLine()],
    };

    /// <summary>A credit note (381) for the full invoice's first line, with BT-8 and BT-11 (written as type code 50).</summary>
    public static Invoice CreditNote() => new()
    {
        Number = "CN-2025-0001",
        IssueDate = new DateOnly(2025, 9, 20),
        DueDate = new DateOnly(2025, 10, 20),
        TypeCode = InvoiceTypeCode.CreditNote,
        CurrencyCode = "RON",
        ProjectReference = "PRJ-42",
        PaymentTerms = "Compensare cu factura urmatoare.",
        PrecedingInvoices = [new PrecedingInvoiceReference("FCT-2025-0001", new DateOnly(2025, 9, 15))],
        InvoicePeriod = new InvoicePeriod(new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 14), "35"),
        Seller = Seller(),
        Buyer = Buyer(),
        PaymentInstructions =
        [
            new PaymentInstructions
            {
                MeansCode = "59", MeansText = "Debit direct SEPA", RemittanceInformation = "CN-2025-0001",
                DirectDebit = new DirectDebit("MANDAT-12", new Identifier("RO98ZZZ0000000001"), "RO66BBBB0000000000000001"),
            },
        ],
        Totals = new DocumentTotals
        {
            LineNetTotal = 92.00m, TaxExclusiveAmount = 92.00m, VatTotal = 19.32m, TaxInclusiveAmount = 111.32m, PayableAmount = 111.32m,
        },
        VatBreakdown = [new VatBreakdown { TaxableAmount = 92.00m, TaxAmount = 19.32m, Category = VatCategory.Standard, Rate = 21m }],
        Lines = [GoodsLine()],
    };

    /// <summary>An invoice in EUR with the VAT accounting currency RON and the VAT total in RON (BT-6, BT-111).</summary>
    public static Invoice EuroInvoice() => new()
    {
        Number = "EXP-2025-0007",
        IssueDate = new DateOnly(2025, 9, 15),
        DueDate = new DateOnly(2025, 10, 15),
        CurrencyCode = "EUR",
        TaxCurrencyCode = "RON",
        Seller = Seller(),
        PaymentInstructions = [new PaymentInstructions { MeansCode = "48", Card = new PaymentCard("123456", "Ion Popescu", "VISA") }],
        Buyer = Buyer(),
        Totals = new DocumentTotals
        {
            LineNetTotal = 123.45m, TaxExclusiveAmount = 123.45m, VatTotal = 25.92m, VatTotalInTaxCurrency = 131.54m,
            TaxInclusiveAmount = 149.37m, PayableAmount = 149.37m,
        },
        VatBreakdown = [new VatBreakdown { TaxableAmount = 123.45m, TaxAmount = 25.92m, Category = VatCategory.Standard, Rate = 21m }],
        Lines = [WeighedLine()],
    };

    /// <summary>10 pieces at 10.00 gross less 0.50 price discount, a 5.00 line allowance and a 2.00 line charge: 92.00.</summary>
    public static InvoiceLine GoodsLine() => new()
    {
        Id = "1",
        Note = "Livrare partiala",
        ObjectIdentifier = new Identifier("SN-0001", "ABZ"),
        Quantity = 10m,
        UnitCode = "H87",
        NetAmount = 92.00m,
        OrderLineReference = "PO-889/1",
        BuyerAccountingReference = "6022.01.01",
        Period = new InvoicePeriod(new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 10)),
        AllowanceCharges =
        [
            new AllowanceCharge { IsCharge = false, Amount = 5.00m, BaseAmount = 95.00m, Percentage = 5.2632m, Reason = "Discount volum", ReasonCode = "95" },
            new AllowanceCharge { IsCharge = true, Amount = 2.00m, Reason = "Ambalare", ReasonCode = "ABL" },
        ],
        Price = new Price { NetAmount = 9.50m, Discount = 0.50m, GrossAmount = 10.00m, BaseQuantity = 1m, BaseQuantityUnitCode = "H87" },
        VatCategory = VatCategory.Standard,
        VatRate = 21m,
        Item = new Item
        {
            Name = "Surub M8",
            Description = "Surub otel zincat M8 x 40",
            SellersId = "SRB-M8-40",
            BuyersId = "MAT-0008",
            StandardId = new Identifier("05940000000013", "0160"),
            Classifications = [new ItemClassification("44531000-7", ItemClassification.Cpv), new ItemClassification("73181500", ItemClassification.CombinedNomenclature, "2025")],
            OriginCountry = "RO",
            Attributes = [new ItemAttribute("Culoare", "argintiu"), new ItemAttribute("Lungime", "40 mm")],
        },
    };

    /// <summary>1.2345 kg at 100.00: 123.45, the quantity kept to its last decimal.</summary>
    public static InvoiceLine WeighedLine() => new()
    {
        Id = "2", Quantity = 1.2345m, UnitCode = "KGM", NetAmount = 123.45m,
        Price = new Price { NetAmount = 100.00m }, VatCategory = VatCategory.Standard, VatRate = 21m,
        Item = new Item { Name = "Cafea boabe" },
    };

    private static InvoiceLine ExemptLine() => new()
    {
        Id = "3", Quantity = 1m, UnitCode = "C62", NetAmount = 50.00m,
        Price = new Price { NetAmount = 50.00m }, VatCategory = VatCategory.Exempt, VatRate = 0m,
        Item = new Item { Name = "Curs instruire" },
    };

    private static Party Seller() => new()
    {
        Name = "Vanzator Exemplu SRL",
        TradingName = "Exemplu Shop",
        Identifiers = [new Identifier("5940000000000", "0088")],
        LegalRegistrationId = new Identifier("J12/1234/2010"),
        VatIdentifier = "RO10000008",
        TaxRegistrationId = "10000008",
        AdditionalLegalInformation = "Capital social 200 RON",
        ElectronicAddress = new Identifier("facturi@exemplu.ro", "EM"),
        Address = RomanianAddress("Strada Memorandumului 28", "Cluj-Napoca", "400114", "RO-CJ") with { Line2 = "Etaj 2", Line3 = "Apartament 5" },
        Contact = new Contact("Maria Ionescu", "+40 264 000 000", "maria@exemplu.ro"),
    };

    private static Party Buyer() => new()
    {
        Name = "Cumparator Exemplu SA",
        TradingName = "Cumparator Retail",
        Identifiers = [new Identifier("5940000000099", "0088")],
        LegalRegistrationId = new Identifier("20000009"),
        VatIdentifier = "RO20000009",
        ElectronicAddress = new Identifier("achizitii@cumparator.ro", "EM"),
        Address = RomanianAddress("Bulevardul Unirii 1", "SECTOR4", "040001", "RO-B"),
        Contact = new Contact("Andrei Pop", "+40 21 000 0000", "andrei@cumparator.ro"),
    };

    private static Address RomanianAddress(string street, string city, string postalCode, string county) => new()
    {
        Line1 = street, City = city, PostalCode = postalCode, CountrySubdivision = county, CountryCode = "RO",
    };

    /// <summary>An invoice with <paramref name="lineCount"/> copies of the weighed line, for size tests.</summary>
    public static Invoice WithLines(int lineCount) => EuroInvoice() with
    {
        Lines = [.. Enumerable.Range(1, lineCount).Select(i => WeighedLine() with { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture) })],
    };

    public static ImmutableArray<(string Name, Invoice Invoice)> All =>
        [("full-invoice", FullInvoice()), ("credit-note", CreditNote()), ("euro-invoice", EuroInvoice())];
}
