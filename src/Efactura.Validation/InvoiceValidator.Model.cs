using System.Text;
using System.Text.Json;
using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Core.Model;
using Efactura.Ubl;
using Efactura.Validation.Fields;

namespace Efactura.Validation;

public sealed partial class InvoiceValidator
{
    private static readonly JsonDocumentOptions LayoutOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>
    /// Validates an invoice model before any XML exists: writes it with <see cref="UblWriter"/>, validates that
    /// document, and gives every finding the JSON pointer (<see cref="Finding.Field"/>) of the field to change in the
    /// invoice JSON as <see cref="InvoiceJson.Write"/> would write this invoice.
    /// </summary>
    public ValidationResult Validate(Invoice invoice, ValidationProfile profile = ValidationProfile.CiusRo)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        using var layout = JsonDocument.Parse(InvoiceJson.Write(invoice), LayoutOptions);
        return ValidateModel(invoice, profile, new JsonLayout(layout.RootElement));
    }

    /// <summary>
    /// Validates an invoice JSON request (the contract of <see cref="InvoiceJson"/>): first what reading the JSON
    /// reports, then, when it gave an invoice, every finding of the official rules and of efactura's own warnings on
    /// the UBL written from it, each pointing (<see cref="Finding.Field"/>) at the member of this very JSON to change.
    /// A finding both steps report at the same field (a CUI check digit) is given once.
    /// </summary>
    public ValidationResult ValidateJson(ReadOnlySpan<byte> utf8Json, ValidationProfile profile = ValidationProfile.CiusRo)
    {
        var parsed = InvoiceJson.Parse(utf8Json);
        if (parsed.Invoice is not { } invoice || !parsed.IsSuccess)
            return new ValidationResult { Profile = profile, Findings = parsed.Findings };
        using var layout = JsonDocument.Parse(WithoutByteOrderMark(utf8Json).ToArray(), LayoutOptions);
        var model = ValidateModel(invoice, profile, new JsonLayout(layout.RootElement));
        var seen = parsed.Findings.Select(f => (f.Code, f.Field)).ToHashSet();
        return model with { Findings = [.. parsed.Findings, .. model.Findings.Where(f => !seen.Contains((f.Code, f.Field)))] };
    }

    /// <summary>Validates an invoice JSON request given as text; see <see cref="ValidateJson(ReadOnlySpan{byte}, ValidationProfile)"/>.</summary>
    public ValidationResult ValidateJson(string json, ValidationProfile profile = ValidationProfile.CiusRo)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ValidateJson(Encoding.UTF8.GetBytes(json), profile);
    }

    private ValidationResult ValidateModel(Invoice invoice, ValidationProfile profile, JsonLayout layout)
    {
        var result = Validate(new UblWriter().ToBytes(invoice), profile);
        var pointers = new FieldPointers(invoice, layout);
        return result with
        {
            Invoice = invoice,
            // Lines and columns are those of the XML written on the way, which the sender never saw; the XPath stays.
            // The fix speaks the JSON contract's names, not the XML's.
            Findings = [.. result.Findings.Select(f => InJsonTerms(f, f.Field ?? pointers.For(f.Code, f.XPath)))],
        };
    }

    private static Finding InJsonTerms(Finding finding, string? field) =>
        finding with { Field = field, Fix = JsonFixes.For(finding.Code, finding.Fix, field), Line = null, Column = null };

    private static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
}
