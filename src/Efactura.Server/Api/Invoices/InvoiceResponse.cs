using System.Text.Json;
using Efactura.Server.Api.Problems;
using Efactura.Server.Application;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Api.Invoices;

/// <summary>An invoice as the API shows it: what it is, where it is on its way to ANAF, and what happened to it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="CompanyId">The company that issues it.</param>
/// <param name="Number">BT-1.</param>
/// <param name="TypeCode">BT-3, e.g. 380 (invoice) or 381 (credit note).</param>
/// <param name="IssueDate">BT-2.</param>
/// <param name="Currency">BT-5.</param>
/// <param name="TotalAmount">The amount due (BT-115).</param>
/// <param name="Customer">The buyer.</param>
/// <param name="State">draft, issued, scheduled, queued, uploading, reconciling, submitted, accepted, rejected, failed or voided.</param>
/// <param name="Anaf">ANAF's ids for it, once known.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Links">Where its actions and documents are.</param>
public sealed record InvoiceResponse(
    Guid Id,
    Guid CompanyId,
    string Number,
    string TypeCode,
    DateOnly IssueDate,
    string Currency,
    decimal TotalAmount,
    InvoiceCustomer Customer,
    InvoiceState State,
    InvoiceAnafIds Anaf,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    InvoiceLinks Links)
{
    /// <summary>The environment chosen at submit for this invoice; absent means the company's.</summary>
    public AnafEnvironment? Environment { get; init; }

    /// <summary>When a worker next looks at it (the scheduled upload, the next status poll), if anything is due.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Why it failed or was rejected, with every finding.</summary>
    public InvoiceErrorResponse? Error { get; init; }

    /// <summary>For a credit note made by voiding: the invoice it cancels.</summary>
    public Guid? CreditNoteFor { get; init; }

    /// <summary>The credit notes made by voiding this invoice (detail view only).</summary>
    public IReadOnlyList<InvoiceReference>? CreditNotes { get; init; }

    /// <summary>When it was issued (its number became final).</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>When ANAF took the upload.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>When it reached a final state.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>
    /// The check of ANAF's signature on the verdict's ZIP: <c>verified</c> (ANAF's pinned certificate, valid when it
    /// signed), <c>unknown-signer</c> (valid, another certificate) or <c>invalid</c>; absent until the ZIP is downloaded.
    /// The ZIP is stored whatever it says.
    /// </summary>
    public string? Signature { get; init; }

    /// <summary>Its stored documents (detail view only).</summary>
    public IReadOnlyList<InvoiceDocumentResponse>? Documents { get; init; }

    /// <summary>Every state it went through, oldest first (detail view only).</summary>
    public IReadOnlyList<InvoiceEventResponse>? History { get; init; }

    /// <summary>
    /// The buyers' replies (RASP) received about it, oldest first (detail view only; the first 100, all of them at
    /// <c>/v1/invoices/{id}/replies</c>).
    /// </summary>
    public IReadOnlyList<ReceivedReplyResponse>? Replies { get; init; }

    /// <summary>The validator's warnings (answers to create and issue only): they do not stop the invoice.</summary>
    public IReadOnlyList<ProblemFinding>? Warnings { get; init; }

    /// <summary>The summary shape of <paramref name="invoice"/> (lists, actions).</summary>
    public static InvoiceResponse From(InvoiceRecord invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var self = ResourcePaths.Invoice(invoice.Id);
        return new InvoiceResponse(
            invoice.Id, invoice.CompanyId, invoice.Number, invoice.TypeCode, invoice.IssueDate, invoice.Currency, invoice.TotalAmount,
            new InvoiceCustomer(invoice.CustomerId, invoice.CustomerName) { PartnerId = invoice.CustomerPartnerId }, invoice.State,
            new InvoiceAnafIds(invoice.IndexIncarcare, invoice.IdDescarcare, invoice.UploadAttempts),
            invoice.CreatedAt, invoice.UpdatedAt, InvoiceLinks.For(self, invoice.IssuedAt is not null))
        {
            Environment = invoice.Environment,
            NextAttemptAt = invoice.NextAttemptAt,
            Error = InvoiceErrorResponse.From(invoice.ErrorCode, invoice.ErrorDetails),
            CreditNoteFor = invoice.CreditNoteFor,
            IssuedAt = invoice.IssuedAt,
            SubmittedAt = invoice.SubmittedAt,
            CompletedAt = invoice.CompletedAt,
            Signature = invoice.Signature,
        };
    }

    /// <summary>The summary shape of a saved invoice, with the validator's warnings when there are any.</summary>
    public static InvoiceResponse From(SavedInvoice saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return From(saved.Invoice) with { Warnings = saved.Warnings.Count == 0 ? null : [.. saved.Warnings.Select(ProblemFinding.From)] };
    }

    /// <summary>The detail shape: with documents, credit notes and history.</summary>
    public static InvoiceResponse Detailed(InvoiceDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var self = ResourcePaths.Invoice(detail.Invoice.Id);
        return From(detail.Invoice) with
        {
            Documents = [.. detail.Documents.Select(d => InvoiceDocumentResponse.From(self, d))],
            CreditNotes = [.. detail.CreditNotes.Select(InvoiceReference.From)],
            History = [.. detail.History.Select(InvoiceEventResponse.Of)],
            Replies = [.. detail.Replies.Select(ReceivedReplyResponse.From)],
        };
    }
}

/// <summary>The buyer of an invoice.</summary>
/// <param name="Id">Its identifier: VAT number, CUI or CNP.</param>
/// <param name="Name">Its name (BT-44).</param>
public sealed record InvoiceCustomer(string? Id, string? Name)
{
    /// <summary>The company's partner the buyer was filled from (<c>customer.partnerId</c> when posted); absent otherwise.</summary>
    public Guid? PartnerId { get; init; }
}

/// <summary>ANAF's ids for an invoice.</summary>
/// <param name="IndexIncarcare">The upload index ANAF gave.</param>
/// <param name="IdDescarcare">The id of ANAF's answer (the signed ZIP or the error file).</param>
/// <param name="UploadAttempts">How many uploads were attempted.</param>
public sealed record InvoiceAnafIds(string? IndexIncarcare, string? IdDescarcare, int UploadAttempts);

/// <summary>Why an invoice failed or was rejected.</summary>
/// <param name="Code">A short code: ANAF's message id or ours.</param>
/// <param name="Findings">Every finding (translated), when the details are a list of findings.</param>
/// <param name="Details">The details as recorded, when they are not a list.</param>
public sealed record InvoiceErrorResponse(string Code, JsonElement? Findings, JsonElement? Details)
{
    /// <summary>The error of a stored invoice, or null when it has none.</summary>
    public static InvoiceErrorResponse? From(string? code, string? details)
    {
        if (code is null && details is null) return null;
        JsonElement? parsed = null;
        if (details is not null)
        {
            try
            {
                using var document = JsonDocument.Parse(details);
                parsed = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Plain text: shown as a JSON string.
                parsed = JsonSerializer.SerializeToElement(details);
            }
        }
        var isList = parsed is { ValueKind: JsonValueKind.Array };
        return new InvoiceErrorResponse(code ?? "error", isList ? parsed : null, isList ? null : parsed);
    }
}

/// <summary>Another invoice, briefly (a credit note of this one).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Number">Its number.</param>
/// <param name="State">Its state.</param>
/// <param name="Href">Where it is.</param>
public sealed record InvoiceReference(Guid Id, string Number, InvoiceState State, string Href)
{
    /// <summary>The reference to <paramref name="invoice"/>.</summary>
    public static InvoiceReference From(InvoiceRecord invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new(invoice.Id, invoice.Number, invoice.State, ResourcePaths.Invoice(invoice.Id));
    }
}

/// <summary>A stored document of an invoice.</summary>
/// <param name="Kind">xml, zip, pdf or signature.</param>
/// <param name="Sha256">SHA-256 of its bytes (also its ETag).</param>
/// <param name="SizeBytes">Its length.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="Href">Where to download it.</param>
public sealed record InvoiceDocumentResponse(DocumentKind Kind, string Sha256, long SizeBytes, DateTimeOffset CreatedAt, string Href)
{
    /// <summary>The API shape of <paramref name="document"/> of the invoice at <paramref name="invoicePath"/>.</summary>
    public static InvoiceDocumentResponse From(string invoicePath, StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Kind, document.Sha256, document.SizeBytes, document.CreatedAt, InvoiceLinks.Document(invoicePath, document.Kind));
    }
}

/// <summary>One step of an invoice's history.</summary>
/// <param name="Type">The event type, e.g. <c>invoice.submitted</c>.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="At">When.</param>
public sealed record InvoiceEventResponse(string Type, string? From, string? To, DateTimeOffset At)
{
    /// <summary>The API shape of <paramref name="stored"/>.</summary>
    public static InvoiceEventResponse Of(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(stored.Type, stored.FromState, stored.ToState, stored.CreatedAt);
    }
}

/// <summary>Where an invoice's actions and documents are.</summary>
/// <param name="Self">The invoice.</param>
/// <param name="Xml">Its UBL XML (once issued).</param>
/// <param name="Pdf">Its PDF, our own rendering (once issued); <c>?source=anaf</c> gives ANAF's.</param>
/// <param name="Zip">ANAF's signed ZIP (once accepted).</param>
/// <param name="Signature">ANAF's signature (once accepted).</param>
public sealed record InvoiceLinks(string Self, string? Xml, string? Pdf, string? Zip, string? Signature)
{
    /// <summary>The links of the invoice at <paramref name="self"/>; documents only once it was issued.</summary>
    public static InvoiceLinks For(string self, bool issued) => issued
        ? new(self, Document(self, DocumentKind.Xml), Document(self, DocumentKind.Pdf), Document(self, DocumentKind.Zip), Document(self, DocumentKind.Signature))
        : new(self, null, null, null, null);

    /// <summary>The download path of one document kind.</summary>
    public static string Document(string invoicePath, DocumentKind kind) => $"{invoicePath}/documents/{kind.ToString().ToLowerInvariant()}";
}
