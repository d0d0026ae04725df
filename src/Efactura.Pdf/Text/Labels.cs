namespace Efactura.Pdf.Text;

/// <summary>Every fixed text the PDF prints, in one language.</summary>
internal sealed record Labels
{
    public required NumberStyle Numbers { get; init; }
    public required string Invoice { get; init; }
    public required string CreditNote { get; init; }
    public required string CorrectedInvoice { get; init; }
    public required string SelfBilledInvoice { get; init; }
    public required string AccountingInformation { get; init; }
    public required string DocumentOfType { get; init; }
    public required string Number { get; init; }
    public required string IssueDate { get; init; }
    public required string TaxPointDate { get; init; }
    public required string DeliveryDate { get; init; }
    public required string DueDate { get; init; }
    public required string Period { get; init; }
    public required string Currency { get; init; }
    public required string ExchangeRate { get; init; }
    public required string PrecedingInvoice { get; init; }
    public required string Of { get; init; }
    public required string Supplier { get; init; }
    public required string Buyer { get; init; }
    public required string TaxRepresentative { get; init; }
    public required string Payee { get; init; }
    public required string DeliveryTo { get; init; }
    public required string TradingName { get; init; }
    public required string VatId { get; init; }
    public required string FiscalCode { get; init; }
    public required string TradeRegister { get; init; }
    public required string PersonalCode { get; init; }
    public required string Registration { get; init; }
    public required string Identifier { get; init; }
    public required string County { get; init; }
    public required string Bucharest { get; init; }
    public required string Sector { get; init; }
    public required string Romania { get; init; }
    public required string Phone { get; init; }
    public required string Email { get; init; }
    public required string Contact { get; init; }
    public required string OrderReference { get; init; }
    public required string SalesOrder { get; init; }
    public required string ContractReference { get; init; }
    public required string BuyerReference { get; init; }
    public required string ProjectReference { get; init; }
    public required string DespatchAdvice { get; init; }
    public required string ReceivingAdvice { get; init; }
    public required string Tender { get; init; }
    public required string InvoicedObject { get; init; }
    public required string AccountingReference { get; init; }
    public required string LineNumber { get; init; }
    public required string Description { get; init; }
    public required string Unit { get; init; }
    public required string Quantity { get; init; }
    public required string UnitPrice { get; init; }
    public required string Discounts { get; init; }
    public required string VatRate { get; init; }
    public required string NetAmount { get; init; }
    public required string GrossPrice { get; init; }
    public required string PerQuantity { get; init; }
    public required string SellerItemId { get; init; }
    public required string BuyerItemId { get; init; }
    public required string StandardItemId { get; init; }
    public required string Classification { get; init; }
    public required string Origin { get; init; }
    public required string OrderLine { get; init; }
    public required string Allowance { get; init; }
    public required string Charge { get; init; }
    public required string DocumentAllowancesAndCharges { get; init; }
    public required string Reason { get; init; }
    public required string VatBreakdown { get; init; }
    public required string Category { get; init; }
    public required string TaxableAmount { get; init; }
    public required string VatAmount { get; init; }
    public required string InLei { get; init; }
    public required string LineNetTotal { get; init; }
    public required string AllowanceTotal { get; init; }
    public required string ChargeTotal { get; init; }
    public required string TotalWithoutVat { get; init; }
    public required string TotalVat { get; init; }
    public required string TotalVatInLei { get; init; }
    public required string TotalWithVat { get; init; }
    public required string Prepaid { get; init; }
    public required string Rounding { get; init; }
    public required string AmountDue { get; init; }
    public required string Payment { get; init; }
    public required string PaymentMeans { get; init; }
    public required string PaymentTerms { get; init; }
    public required string Iban { get; init; }
    public required string Bic { get; init; }
    public required string AccountName { get; init; }
    public required string PaymentReference { get; init; }
    public required string Card { get; init; }
    public required string Mandate { get; init; }
    public required string Notes { get; init; }
    public required string Mentions { get; init; }
    public required string SupportingDocuments { get; init; }
    public required string ReverseCharge { get; init; }
    public required string SelfBilling { get; init; }
    public required string ExemptionReasonCode { get; init; }
    public required Func<string, string> CategoryName { get; init; }
    public required Func<long, string> AnafMention { get; init; }
    public required Func<long, string> AnafMentionUnverified { get; init; }
    public required string AnafSignedAt { get; init; }
    public required string AttachedXml { get; init; }
    public required Func<int, int, string> PageOf { get; init; }

    public static Labels Romanian { get; } = new()
    {
        Numbers = NumberStyle.Romanian,
        Invoice = "FACTURĂ",
        CreditNote = "NOTĂ DE CREDIT (FACTURĂ STORNO)",
        CorrectedInvoice = "FACTURĂ CORECTATĂ",
        SelfBilledInvoice = "AUTOFACTURĂ",
        AccountingInformation = "FACTURĂ (INFORMAȚII CONTABILE)",
        DocumentOfType = "DOCUMENT TIP",
        Number = "Seria și numărul",
        IssueDate = "Data emiterii",
        TaxPointDate = "Data exigibilității TVA",
        DeliveryDate = "Data livrării",
        DueDate = "Data scadenței",
        Period = "Perioada facturată",
        Currency = "Moneda",
        ExchangeRate = "Curs de schimb",
        PrecedingInvoice = "Factura de referință",
        Of = "din",
        Supplier = "FURNIZOR",
        Buyer = "CUMPĂRĂTOR",
        TaxRepresentative = "REPREZENTANT FISCAL",
        Payee = "BENEFICIARUL PLĂȚII",
        DeliveryTo = "LIVRARE",
        TradingName = "Denumire comercială",
        VatId = "Cod TVA",
        FiscalCode = "CIF",
        TradeRegister = "Nr. Reg. Com.",
        PersonalCode = "CNP",
        Registration = "Nr. înregistrare",
        Identifier = "Identificator",
        County = "Județul",
        Bucharest = "Municipiul București",
        Sector = "Sector",
        Romania = "România",
        Phone = "Tel.",
        Email = "E-mail",
        Contact = "Persoană de contact",
        OrderReference = "Comanda",
        SalesOrder = "Comanda furnizorului",
        ContractReference = "Contract",
        BuyerReference = "Referința cumpărătorului",
        ProjectReference = "Proiect",
        DespatchAdvice = "Aviz de expediție",
        ReceivingAdvice = "Recepție",
        Tender = "Licitație / lot",
        InvoicedObject = "Obiect facturat",
        AccountingReference = "Cont contabil cumpărător",
        LineNumber = "Nr.",
        Description = "Denumirea produselor sau a serviciilor",
        Unit = "U.M.",
        Quantity = "Cantitate",
        UnitPrice = "Preț unitar fără TVA",
        Discounts = "Reduceri / majorări",
        VatRate = "Cota TVA",
        NetAmount = "Valoare fără TVA",
        GrossPrice = "preț brut",
        PerQuantity = "pentru",
        SellerItemId = "Cod furnizor",
        BuyerItemId = "Cod cumpărător",
        StandardItemId = "Cod standard",
        Classification = "Clasificare",
        Origin = "Țara de origine",
        OrderLine = "Linia comenzii",
        Allowance = "Reducere",
        Charge = "Majorare",
        DocumentAllowancesAndCharges = "Reduceri și majorări la nivel de document",
        Reason = "Motiv",
        VatBreakdown = "Defalcarea TVA",
        Category = "Categoria",
        TaxableAmount = "Baza impozabilă",
        VatAmount = "TVA",
        InLei = "în lei",
        LineNetTotal = "Total linii",
        AllowanceTotal = "Reduceri",
        ChargeTotal = "Majorări",
        TotalWithoutVat = "Total fără TVA",
        TotalVat = "Total TVA",
        TotalVatInLei = "Total TVA în lei",
        TotalWithVat = "Total cu TVA",
        Prepaid = "Plătit în avans",
        Rounding = "Rotunjire",
        AmountDue = "TOTAL DE PLATĂ",
        Payment = "Plata",
        PaymentMeans = "Modalitatea de plată",
        PaymentTerms = "Condiții de plată",
        Iban = "IBAN",
        Bic = "BIC",
        AccountName = "Titularul contului",
        PaymentReference = "Referința plății",
        Card = "Card",
        Mandate = "Mandat de debitare directă",
        Notes = "Observații",
        Mentions = "Mențiuni privind TVA",
        SupportingDocuments = "Documente justificative",
        ReverseCharge = "Taxare inversă (art. 331 din Codul fiscal)",
        SelfBilling = "Autofactură (mențiune cerută de art. 319 alin. (20) din Codul fiscal)",
        ExemptionReasonCode = "cod",
        CategoryName = code => code switch
        {
            "S" => "Cota standard",
            "Z" => "Cota zero",
            "E" => "Scutit de TVA",
            "AE" => "Taxare inversă",
            "K" => "Livrare intracomunitară scutită",
            "G" => "Export scutit",
            "O" => "Neimpozabil (în afara sferei TVA)",
            "L" => "IGIC (Insulele Canare)",
            "M" => "IPSI (Ceuta și Melilla)",
            _ => "Categoria " + code,
        },
        AnafMention = index => $"Factură transmisă prin sistemul național RO e-Factura, validată și semnată electronic de Ministerul Finanțelor (ANAF). Index de încărcare: {index}.",
        AnafMentionUnverified = index => $"Factură transmisă prin sistemul național RO e-Factura. Index de încărcare: {index}. Semnătura ANAF din arhivă nu a putut fi verificată.",
        AnafSignedAt = "Data semnării ANAF",
        AttachedXml = "Fișierul XML al facturii este atașat acestui PDF.",
        PageOf = (page, count) => $"Pagina {page} din {count}",
    };

    public static Labels English { get; } = new()
    {
        Numbers = NumberStyle.English,
        Invoice = "INVOICE",
        CreditNote = "CREDIT NOTE",
        CorrectedInvoice = "CORRECTED INVOICE",
        SelfBilledInvoice = "SELF-BILLED INVOICE",
        AccountingInformation = "INVOICE (ACCOUNTING INFORMATION)",
        DocumentOfType = "DOCUMENT TYPE",
        Number = "Series and number",
        IssueDate = "Issue date",
        TaxPointDate = "VAT point date",
        DeliveryDate = "Delivery date",
        DueDate = "Due date",
        Period = "Invoicing period",
        Currency = "Currency",
        ExchangeRate = "Exchange rate",
        PrecedingInvoice = "Preceding invoice",
        Of = "of",
        Supplier = "SUPPLIER",
        Buyer = "BUYER",
        TaxRepresentative = "TAX REPRESENTATIVE",
        Payee = "PAYEE",
        DeliveryTo = "DELIVERY",
        TradingName = "Trading name",
        VatId = "VAT ID",
        FiscalCode = "Fiscal code",
        TradeRegister = "Trade register",
        PersonalCode = "Personal code (CNP)",
        Registration = "Registration",
        Identifier = "Identifier",
        County = "County",
        Bucharest = "Bucharest",
        Sector = "Sector",
        Romania = "Romania",
        Phone = "Phone",
        Email = "E-mail",
        Contact = "Contact",
        OrderReference = "Purchase order",
        SalesOrder = "Sales order",
        ContractReference = "Contract",
        BuyerReference = "Buyer reference",
        ProjectReference = "Project",
        DespatchAdvice = "Despatch advice",
        ReceivingAdvice = "Receiving advice",
        Tender = "Tender / lot",
        InvoicedObject = "Invoiced object",
        AccountingReference = "Buyer accounting reference",
        LineNumber = "No.",
        Description = "Goods or services",
        Unit = "Unit",
        Quantity = "Quantity",
        UnitPrice = "Unit price excl. VAT",
        Discounts = "Allowances / charges",
        VatRate = "VAT rate",
        NetAmount = "Net amount",
        GrossPrice = "gross price",
        PerQuantity = "per",
        SellerItemId = "Seller's code",
        BuyerItemId = "Buyer's code",
        StandardItemId = "Standard code",
        Classification = "Classification",
        Origin = "Country of origin",
        OrderLine = "Order line",
        Allowance = "Allowance",
        Charge = "Charge",
        DocumentAllowancesAndCharges = "Document allowances and charges",
        Reason = "Reason",
        VatBreakdown = "VAT breakdown",
        Category = "Category",
        TaxableAmount = "Taxable amount",
        VatAmount = "VAT",
        InLei = "in RON",
        LineNetTotal = "Sum of lines",
        AllowanceTotal = "Allowances",
        ChargeTotal = "Charges",
        TotalWithoutVat = "Total without VAT",
        TotalVat = "Total VAT",
        TotalVatInLei = "Total VAT in RON",
        TotalWithVat = "Total with VAT",
        Prepaid = "Paid in advance",
        Rounding = "Rounding",
        AmountDue = "AMOUNT DUE",
        Payment = "Payment",
        PaymentMeans = "Payment means",
        PaymentTerms = "Payment terms",
        Iban = "IBAN",
        Bic = "BIC",
        AccountName = "Account holder",
        PaymentReference = "Payment reference",
        Card = "Card",
        Mandate = "Direct debit mandate",
        Notes = "Notes",
        Mentions = "VAT mentions",
        SupportingDocuments = "Supporting documents",
        ReverseCharge = "Reverse charge, „taxare inversă” (art. 331 of the Romanian Fiscal Code)",
        SelfBilling = "Self-billing, „autofactură” (mention required by art. 319 (20) of the Romanian Fiscal Code)",
        ExemptionReasonCode = "code",
        CategoryName = code => code switch
        {
            "S" => "Standard rate",
            "Z" => "Zero rated",
            "E" => "Exempt from VAT",
            "AE" => "Reverse charge",
            "K" => "Intra-community supply, exempt",
            "G" => "Export, exempt",
            "O" => "Outside the scope of VAT",
            "L" => "Canary Islands IGIC",
            "M" => "Ceuta and Melilla IPSI",
            _ => "Category " + code,
        },
        AnafMention = index => $"Invoice sent through Romania's national RO e-Factura system, validated and electronically signed by the Ministry of Finance (ANAF). Upload index: {index}.",
        AnafMentionUnverified = index => $"Invoice sent through Romania's national RO e-Factura system. Upload index: {index}. ANAF's signature in the download could not be verified.",
        AnafSignedAt = "Signed by ANAF on",
        AttachedXml = "The invoice's XML file is attached to this PDF.",
        PageOf = (page, count) => $"Page {page} of {count}",
    };

    public static Labels For(PdfLanguage language) => language == PdfLanguage.English ? English : Romanian;
}
