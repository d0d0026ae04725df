using System.Collections.Immutable;
using System.Text.Json;
using Efactura.Core.Model;
using F = Efactura.Core.Json.ComponentFields;

namespace Efactura.Core.Json;

/// <summary>Reads the small nested shapes: identifiers, periods, notes, preceding invoices, supporting documents.</summary>
internal static class ComponentReader
{
    /// <summary>An identifier written as a string, or as {id, scheme}.</summary>
    public static Identifier? Identifier(JsonParseContext context, JsonItem item, string term)
    {
        if (item.Element.ValueKind == JsonValueKind.Object)
        {
            var r = new JsonObjectReader(item.Element, item.Pointer, context);
            var id = r.RequiredString(F.Id, term);
            var scheme = r.String(F.Scheme);
            r.ReportUnknownFields();
            return id is null ? null : new Identifier(id, scheme);
        }
        if (item.Element.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            return context.String(item.Element, item.Pointer) is { } value ? new Identifier(value) : null;
        context.Report(JsonFindings.Type(item.Pointer, item.Element, "a string or an object {\"id\", \"scheme\"}", "un text sau un obiect {\"id\", \"scheme\"}"));
        return null;
    }

    /// <summary>The identifier member <paramref name="name"/> of an object, when present.</summary>
    public static Identifier? Identifier(JsonObjectReader r, string name, string term) =>
        r.TryGet(name, out var item) ? Identifier(r.Context, item, term) : null;

    /// <summary>A period {start, end}.</summary>
    public static InvoicePeriod? Period(JsonObjectReader? r, string? vatPointDateCode = null)
    {
        if (r is null) return vatPointDateCode is null ? null : new InvoicePeriod(VatPointDateCode: vatPointDateCode);
        var start = r.Date(F.Start);
        var end = r.Date(F.End);
        r.ReportUnknownFields();
        if (start is { } s && end is { } e && e < s)
        {
            r.Context.Report(JsonFindings.Fatal(JsonErrorCodes.Format, r.At(F.End),
                $"The period ends on {e:yyyy-MM-dd}, before it starts on {s:yyyy-MM-dd}.",
                $"Perioada se încheie pe {e:yyyy-MM-dd}, înainte să înceapă, pe {s:yyyy-MM-dd}.",
                "Swap the dates or correct one of them (BR-29, BR-30)."));
        }
        return start is null && end is null && vatPointDateCode is null ? null : new InvoicePeriod(start, end, vatPointDateCode);
    }

    /// <summary>Notes: strings, or {text, subjectCode}.</summary>
    public static ImmutableArray<InvoiceNote> Notes(JsonObjectReader root, string name)
    {
        var notes = ImmutableArray.CreateBuilder<InvoiceNote>();
        foreach (var item in root.Array(name))
        {
            if (item.Element.ValueKind == JsonValueKind.Object)
            {
                var r = new JsonObjectReader(item.Element, item.Pointer, root.Context);
                var text = r.RequiredString(F.Text, "BT-22");
                var subject = r.String(F.SubjectCode)?.ToUpperInvariant();
                r.ReportUnknownFields();
                if (text is not null) notes.Add(new InvoiceNote(text, subject));
                continue;
            }
            if (item.Element.ValueKind == JsonValueKind.String)
            {
                if (root.Context.String(item.Element, item.Pointer) is { } text) notes.Add(new InvoiceNote(text));
                continue;
            }
            root.Context.Report(JsonFindings.Type(item.Pointer, item.Element, "a string or an object {\"text\", \"subjectCode\"}", "un text sau un obiect {\"text\", \"subjectCode\"}"));
        }
        return notes.ToImmutable();
    }

    /// <summary>The preceding invoice references, from precedingInvoice or precedingInvoices (not both).</summary>
    public static ImmutableArray<PrecedingInvoiceReference> PrecedingInvoices(JsonObjectReader root)
    {
        var hasOne = root.TryGet(InvoiceFields.PrecedingInvoice, out var one);
        var hasMany = root.TryGet(InvoiceFields.PrecedingInvoices, out var many);
        if (hasOne && hasMany)
        {
            root.Context.Report(JsonFindings.Conflict(one.Pointer, many.Pointer));
            return [];
        }
        IEnumerable<JsonItem> items = hasOne ? [one] : hasMany ? root.Context.Array(many.Element, many.Pointer) : [];
        var references = ImmutableArray.CreateBuilder<PrecedingInvoiceReference>();
        foreach (var item in items)
        {
            if (root.Context.Object(item.Element, item.Pointer) is not { } r) continue;
            var number = r.RequiredString(F.Number, "BT-25");
            var date = r.Date(F.IssueDate);
            r.ReportUnknownFields();
            if (number is not null) references.Add(new PrecedingInvoiceReference(number, date));
        }
        return references.ToImmutable();
    }

    /// <summary>Supporting documents, with an embedded base64 attachment when content is given.</summary>
    public static ImmutableArray<SupportingDocument> Attachments(JsonObjectReader root)
    {
        var documents = ImmutableArray.CreateBuilder<SupportingDocument>();
        foreach (var item in root.Array(InvoiceFields.Attachments))
        {
            if (root.Context.Object(item.Element, item.Pointer) is not { } r) continue;
            var id = r.RequiredString(F.Id, "BT-122");
            var description = r.String(F.Description);
            var url = r.String(F.Url);
            var attachment = Attachment(r);
            r.ReportUnknownFields();
            if (id is null) continue;
            documents.Add(new SupportingDocument { Id = id, Description = description, ExternalUri = url, Attachment = attachment });
        }
        return documents.ToImmutable();
    }

    private static Attachment? Attachment(JsonObjectReader r)
    {
        var fileName = r.String(F.FileName);
        var mimeType = r.String(F.MimeType);
        if (!r.TryGet(F.Content, out var content)) return null;
        if (fileName is null) r.ReportMissing(F.FileName, "BT-125-2");
        if (mimeType is null) r.ReportMissing(F.MimeType, "BT-125-1");
        var base64 = r.Context.String(content.Element, content.Pointer);
        if (base64 is null) return null;
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var written))
        {
            r.Context.Report(JsonFindings.Format(content.Pointer, base64, "base64 text", "un text base64",
                "Encode the file's bytes as standard base64 (RFC 4648), without line breaks or a data: prefix."));
            return null;
        }
        return fileName is null || mimeType is null ? null : new Attachment([.. bytes.AsSpan(0, written)], mimeType, fileName);
    }
}
