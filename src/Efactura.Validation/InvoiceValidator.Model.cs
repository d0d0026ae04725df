using System.Text;
using System.Text.Json;
using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Core.Model;
using Efactura.Ubl;
using Efactura.Validation.Fields;
using Efactura.Validation.Rules;

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
    /// A finding both steps report at the same field (a CUI check digit) is given once. When the JSON breaks the contract
    /// (a fatal EF-JSON finding), the official rules still run on what could be read, so that every finding comes at
    /// once; see <see cref="BesideContractErrors"/> for which of theirs are kept. <see cref="ValidationResult.Invoice"/>
    /// is then null.
    /// </summary>
    public ValidationResult ValidateJson(ReadOnlySpan<byte> utf8Json, ValidationProfile profile = ValidationProfile.CiusRo)
    {
        var parsed = InvoiceJson.Parse(utf8Json);
        if (parsed.Invoice is not { } invoice || !parsed.IsSuccess)
        {
            if (parsed.Draft is not { } draft) return new ValidationResult { Profile = profile, Findings = parsed.Findings };
            using var draftLayout = JsonDocument.Parse(WithoutByteOrderMark(utf8Json).ToArray(), LayoutOptions);
            return new ValidationResult { Profile = profile, Findings = [.. parsed.Findings, .. BesideContractErrors(parsed.Findings, draft, profile, draftLayout)] };
        }
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

    /// <summary>
    /// All findings at once: when the JSON breaks the contract, the official rules still run on the invoice as far as it
    /// could be read, and their findings are given beside the contract's, except where the contract errors make them
    /// unreliable: at, above or below a field with a contract error (a missing number would fire BR-02 again), anywhere in
    /// an array holding one (an item that could not be read is left out, so later items' positions shift), and efactura's
    /// own warnings and the schema checks, which would judge the values put in place of what was missing.
    /// </summary>
    private IEnumerable<Finding> BesideContractErrors(IReadOnlyList<Finding> contract, Invoice draft, ValidationProfile profile, JsonDocument layout)
    {
        var official = RuleSets.For(profile).Ids;
        var unreliable = contract.Where(f => f.Severity == Severity.Fatal).Select(f => UnreliableFrom(f.Field ?? "")).ToList();
        if (unreliable.Contains("")) return [];
        var seen = contract.Select(f => (f.Code, f.Field)).ToHashSet();
        return ValidateModel(draft, profile, new JsonLayout(layout.RootElement)).Findings.Where(f =>
            official.Contains(f.Code) && !EfacturaRuleIds.Contains(f.Code) && f.Field is { Length: > 0 } field
            && !unreliable.Any(u => Related(field, u)) && !seen.Contains((f.Code, f.Field)));
    }

    /// <summary>A contract error's field, or the array above it when it lies in an array item (/lines/2/unit → /lines).</summary>
    private static string UnreliableFrom(string field)
    {
        var segments = field.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i].Length > 0 && segments[i].All(char.IsAsciiDigit)) return string.Join('/', segments[..i]);
        }
        return field;
    }

    private static bool Related(string field, string other) =>
        field == other || field.StartsWith(other + "/", StringComparison.Ordinal) || other.StartsWith(field + "/", StringComparison.Ordinal);

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
