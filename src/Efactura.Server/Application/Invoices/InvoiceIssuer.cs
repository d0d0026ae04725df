using System.Text;
using Efactura.Core.Calendar;
using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Core.Model;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Invoices;
using Efactura.Ubl;
using Efactura.Validation;

namespace Efactura.Server.Application.Invoices;

/// <summary>
/// The invoice's way in (gateway flow, step 1): the JSON (or an ERP's own UBL) is validated under CIUS-RO (any fatal
/// finding refuses it with every finding), the company found, and the invoice stored as a draft or issued: its UBL XML
/// written (or the posted UBL kept as it is) and stored with it, and, per the company's settings, scheduled or queued, in one transaction. Also the issue of a
/// draft and of the credit note that cancels an accepted invoice.
/// </summary>
public sealed class InvoiceIssuer(
    InvoiceValidator validator, UblWriter writer, InvoiceRepository invoices, CompanyRepository companies, CustomerPartners customerPartners,
    SubmissionQueue queue, TimeProvider time)
{
    /// <summary>
    /// Validates the invoice <paramref name="json"/> (the JSON contract) under <paramref name="profile"/> as
    /// <see cref="CreateAsync"/> would read it: a customer naming a partner (<see cref="CustomerPartners"/>) is filled
    /// from it first, and an unknown partner is a finding at its pointer. Refused only when <paramref name="companyId"/>
    /// names no company of the tenant.
    /// </summary>
    public async Task<Outcome<ValidationResult>> ValidateJsonAsync(
        Guid tenantId, byte[] json, Guid? companyId, ValidationProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        var filled = await customerPartners.FillAsync(tenantId, json, companyId, cancellationToken).ConfigureAwait(false);
        if (filled.Value is { } input) return validator.ValidateJson(input.Json, profile);
        // The partner (or the company found by the supplier's CUI) is a finding like any other: the rest is not read,
        // since the customer could not be filled.
        if (filled.Refusal is Refusal.Invalid invalid) return new ValidationResult { Profile = profile, Findings = invalid.Findings };
        return filled.Refusal!;
    }

    /// <summary>
    /// Stores the invoice <paramref name="json"/> (the JSON contract) for the company <paramref name="companyId"/>
    /// names, or else the one whose CUI is the supplier's (the customer's on a self-billed invoice), as a draft or issued.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="json">The invoice, UTF-8 JSON.</param>
    /// <param name="companyId">The company to issue it for, or null to find it by CUI.</param>
    /// <param name="draft">Store a draft instead of issuing.</param>
    /// <param name="retried">
    /// The request may be a repeat of one whose answer was lost (it carries an Idempotency-Key). Then an invoice already
    /// issued under this number from the very same JSON is that earlier attempt's: it is returned as issued, never
    /// issued twice and never refused as a duplicate.
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored invoice with the validator's warnings; or refused: invalid (every finding), unknown company, duplicate number.</returns>
    public async Task<Outcome<SavedInvoice>> CreateAsync(
        Guid tenantId, byte[] json, Guid? companyId, bool draft, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        // A customer naming a partner is filled from it before anything reads the invoice.
        var filled = await customerPartners.FillAsync(tenantId, json, companyId, cancellationToken).ConfigureAwait(false);
        if (filled.Value is not { } input) return filled.Refusal!;
        var validation = validator.ValidateJson(input.Json);
        if (!validation.IsValid || validation.Invoice is null) return InvalidInvoice(validation.Findings);
        var invoice = validation.Invoice;
        var warnings = Warnings(validation.Findings);

        var company = input.Company ?? (companyId is { } id
            ? await companies.GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false)
            : await FindCompanyAsync(tenantId, invoice, cancellationToken).ConfigureAwait(false));
        if (company is null) return UnknownCompany(invoice, companyId);

        var stored = ToNewInvoice(company, invoice, Encoding.UTF8.GetString(input.Json)) with { CustomerPartnerId = input.PartnerId };
        if (draft)
        {
            var created = await invoices.CreateAsync(stored, cancellationToken).ConfigureAwait(false);
            if (created is null) return UnknownCompany(invoice, company.Id);
            return new SavedInvoice(created, warnings);
        }

        var plan = IssuePlan.For(company.Settings, time.GetUtcNow());
        var result = await invoices.CreateIssuedAsync(stored with { State = InvoiceState.Issued }, writer.ToBytes(invoice), plan, cancellationToken)
            .ConfigureAwait(false);
        if (retried && result.Outcome == IssueOutcome.DuplicateNumber && result.Conflicting!.InputJson == stored.InputJson)
            return new SavedInvoice(result.Conflicting, warnings);
        if (!result.IsIssued) return RefusalOf(result);
        Notify(result.Invoice!);
        return new SavedInvoice(result.Invoice!, warnings);
    }

    /// <summary>
    /// Issues the document <paramref name="xml"/> an ERP wrote itself, as it is: a UBL 2.1 Invoice or CreditNote, or a
    /// UN/CEFACT CII CrossIndustryInvoice. It is validated under CIUS-RO (UBL with the official rules and efactura's own
    /// warnings, every finding with its XPath, line and column; CII through the model, as
    /// <see cref="InvoiceValidator.Validate(ReadOnlySpan{byte}, ValidationProfile)"/> says), any fatal finding refusing it,
    /// read into the model for its number, parties and totals, and stored with the posted bytes as its XML, so that they
    /// are uploaded byte for byte (standard UBL, CN or CII, told from the root) and the document ANAF signs is the ERP's.
    /// The company is found as for JSON. The invoice's <c>InputJson</c> is the JSON <c>efactura parse</c> gives (with the
    /// stated totals), which a credit note that voids it starts from. There is no draft of a posted document: it is
    /// issued, then planned per the settings.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="xml">The UBL 2.1 Invoice or CreditNote, or the CII CrossIndustryInvoice.</param>
    /// <param name="companyId">The company to issue it for, or null to find it by CUI.</param>
    /// <param name="retried">The request may be a repeat of one whose answer was lost (see <see cref="CreateAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored invoice with the validator's warnings; or refused: invalid (every finding), unknown company, duplicate number.</returns>
    public async Task<Outcome<SavedInvoice>> CreateFromXmlAsync(Guid tenantId, byte[] xml, Guid? companyId, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var validation = validator.Validate(xml);
        if (!validation.IsValid) return InvalidInvoice(validation.Findings);
        Invoice invoice;
        try
        {
            invoice = new InvoiceXmlReader().Read(new MemoryStream(xml, writable: false));
        }
        catch (UblReadException e)
        {
            // The validator judged the document (the schema included); only a value the model cannot hold is left.
            return InvalidInvoice([new Finding
            {
                Code = InvoiceXmlReader.DetectSyntax(xml) == InvoiceSyntax.Cii ? "EF-CII-UNREADABLE" : "EF-XML-UNREADABLE", Severity = Severity.Fatal, Message = e.Reason, Line = e.Line, Column = e.Column,
                Fix = "Correct the value at the line and column given.",
            }]);
        }
        var warnings = Warnings(validation.Findings);

        var company = companyId is { } id
            ? await companies.GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false)
            : await FindCompanyAsync(tenantId, invoice, cancellationToken).ConfigureAwait(false);
        if (company is null) return UnknownCompany(invoice, companyId);

        var stored = ToNewInvoice(company, invoice, InvoiceJson.WriteWithStatedTotals(invoice)) with { State = InvoiceState.Issued };
        var plan = IssuePlan.For(company.Settings, time.GetUtcNow());
        var result = await invoices.CreateIssuedAsync(stored, xml, plan, cancellationToken).ConfigureAwait(false);
        if (retried && result.Outcome == IssueOutcome.DuplicateNumber && result.Conflicting!.InputJson == stored.InputJson)
            return new SavedInvoice(result.Conflicting, warnings);
        if (!result.IsIssued) return RefusalOf(result);
        Notify(result.Invoice!);
        return new SavedInvoice(result.Invoice!, warnings);
    }

    /// <summary>
    /// Issues the draft <paramref name="invoiceId"/>: validated again, its XML written, its number final, and planned
    /// per its company's settings.
    /// </summary>
    public async Task<Outcome<SavedInvoice>> IssueDraftAsync(Guid tenantId, Guid invoiceId, CancellationToken cancellationToken)
    {
        var draft = await invoices.GetAsync(tenantId, invoiceId, cancellationToken).ConfigureAwait(false);
        if (draft is null) return InvoiceMissing(invoiceId);
        if (draft.State != InvoiceState.Draft)
            return new Refusal.Conflict("invalid-state", $"Only a draft can be issued; invoice {draft.Number} is {InvoiceStateNames.Of(draft.State)}.");
        var validation = validator.ValidateJson(draft.InputJson);
        if (!validation.IsValid || validation.Invoice is null) return InvalidInvoice(validation.Findings);
        var company = await companies.GetAsync(draft.TenantId, draft.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return InvoiceMissing(draft.Id);

        var plan = IssuePlan.For(company.Settings, time.GetUtcNow());
        var result = await invoices.IssueDraftAsync(draft.TenantId, draft.Id, writer.ToBytes(validation.Invoice), plan, cancellationToken).ConfigureAwait(false);
        if (!result.IsIssued) return RefusalOf(result);
        Notify(result.Invoice!);
        return new SavedInvoice(result.Invoice!, Warnings(validation.Findings));
    }

    /// <summary>
    /// Cancels the accepted invoice <paramref name="original"/> with its credit note (<see cref="VoidingCreditNote"/>):
    /// validated, issued and queued at once, whatever the company's settings; the invoice becomes voided when ANAF
    /// accepts the credit note. Returns the credit note.
    /// </summary>
    internal async Task<Outcome<SavedInvoice>> IssueCreditNoteAsync(InvoiceRecord original, CreditNoteChoices choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(choices);
        var parsed = InvoiceJson.Parse(original.InputJson);
        if (parsed.Invoice is null) return InvalidInvoice(parsed.Findings);
        var creditNoteJson = InvoiceJson.Write(VoidingCreditNote.For(parsed.Invoice, choices, RomanianTime.Today(time)));
        var validation = validator.ValidateJson(creditNoteJson);
        if (!validation.IsValid || validation.Invoice is null)
            return new Refusal.Invalid("invalid-credit-note", "The credit note is not valid",
                "The credit note that would cancel this invoice breaks these rules; post a corrected credit note yourself (type creditNote, precedingInvoice).",
                [.. validation.Findings]);

        var company = await companies.GetAsync(original.TenantId, original.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return InvoiceMissing(original.Id);
        var creditNote = ToNewInvoice(company, validation.Invoice, creditNoteJson) with
        {
            State = InvoiceState.Issued,
            CreditNoteFor = original.Id,
            CustomerPartnerId = original.CustomerPartnerId,
            Environment = original.Environment,
        };
        // Voiding means sending the credit note: queued now, whatever the company's autoSend and delay.
        var result = await invoices.CreateIssuedAsync(creditNote, writer.ToBytes(validation.Invoice), IssuePlan.QueueAt(time.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        if (!result.IsIssued) return RefusalOf(result);
        Notify(result.Invoice!);
        return new SavedInvoice(result.Invoice!, Warnings(validation.Findings));
    }

    private async Task<Company?> FindCompanyAsync(Guid tenantId, Invoice invoice, CancellationToken cancellationToken)
    {
        foreach (var cui in InvoiceCompany.CandidateCuis(invoice))
        {
            if (await companies.FindByCuiAsync(tenantId, cui, cancellationToken).ConfigureAwait(false) is { } company) return company;
        }
        return null;
    }

    private static NewInvoice ToNewInvoice(Company company, Invoice invoice, string json) =>
        new(company.TenantId, company.Id, invoice.Number, invoice.TypeCode.Code, invoice.IssueDate, invoice.CurrencyCode, invoice.Totals.PayableAmount, json)
        {
            CustomerId = InvoiceCompany.CustomerId(invoice),
            CustomerName = invoice.Buyer.Name,
        };

    private void Notify(InvoiceRecord invoice)
    {
        if (invoice.State == InvoiceState.Queued) queue.Wake();
    }

    private static List<Finding> Warnings(IEnumerable<Finding> findings) => [.. findings.Where(f => f.Severity == Severity.Warning)];

    /// <summary>The refusal of an invoice with fatal findings: all of them are listed.</summary>
    internal static Refusal.Invalid InvalidInvoice(IEnumerable<Finding> findings)
    {
        List<Finding> all = [.. findings];
        var fatal = all.Count(f => f.Severity == Severity.Fatal);
        return new("invalid-invoice", "The invoice is not valid",
            $"{fatal} error(s) must be fixed before the invoice can be sent to ANAF; each finding says where and how.", all);
    }

    /// <summary>The refusal of an invoice id the tenant does not have.</summary>
    internal static Refusal.Missing InvoiceMissing(Guid invoiceId) => new($"There is no invoice {invoiceId}.");

    /// <summary>The refusal of an invoice whose company is not the tenant's: the one named, or none with the supplier's CUI.</summary>
    internal static Refusal UnknownCompany(Invoice invoice, Guid? companyId)
    {
        if (companyId is { } id) return new Refusal.Missing($"There is no company {id}.");
        var cuis = InvoiceCompany.CandidateCuis(invoice);
        var finding = FieldFinding.Fatal("EF-COMPANY-UNKNOWN", invoice.TypeCode == InvoiceTypeCode.SelfBilledInvoice ? "/customer" : "/supplier",
            cuis.Count == 0
                ? "The supplier has no Romanian CUI to find its company by."
                : $"None of your companies has CUI {string.Join(" or ", cuis)}.",
            "Create the company first (POST /v1/companies), or name it with ?companyId=.");
        // The company may be created before the request is repeated: not a lasting refusal.
        return new Refusal.Invalid("unknown-company", "The invoice's company is unknown", finding.Message, [finding]) { LastingRefusal = false };
    }

    /// <summary>The refusal of an issue the repository did not do.</summary>
    private static Refusal RefusalOf(IssueResult result) => result.Outcome switch
    {
        IssueOutcome.DuplicateNumber => new Refusal.Conflict("duplicate-invoice-number",
            $"The company already issued invoice number {result.Conflicting!.Number} ({ResourcePaths.Invoice(result.Conflicting.Id)}, {InvoiceStateNames.Of(result.Conflicting.State)}); " +
            "an invoice number is used once (a rejected invoice's number may be used again)."),
        IssueOutcome.CreditNotePending => new Refusal.Conflict("credit-note-pending",
            $"Credit note {result.Conflicting!.Number} ({ResourcePaths.Invoice(result.Conflicting.Id)}, {InvoiceStateNames.Of(result.Conflicting.State)}) already cancels this invoice."),
        IssueOutcome.StateConflict => new Refusal.Conflict("invalid-state",
            $"Invoice {result.Invoice?.Number} is {InvoiceStateNames.Of(result.Invoice?.State)} now; refresh it and try again."),
        _ => new Refusal.Missing("The invoice or its company does not exist."),
    };
}
