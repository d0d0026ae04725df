using System.Text.Json;
using System.Text.Json.Serialization;
using Efactura.Core.Findings;

namespace Efactura.Server.Storage.Invoices;

/// <summary>
/// The findings of an invoice's error as the database keeps them (<c>error_details</c>): a JSON array of objects
/// <c>{code, severity, field, xPath, line, column, message, messageRo, fix}</c>, camelCase, absent members left out,
/// severity <c>fatal</c> or <c>warning</c>, Romanian letters written as themselves. The API shows this array as an
/// invoice's <c>error.findings</c> and webhooks never carry it, so the shape is the API's finding (DESIGN §4.2) and
/// must not change.
/// </summary>
public static class StoredFindings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Read back by the API and shown as application/json, never embedded in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The JSON of <paramref name="findings"/>.</summary>
    public static string Write(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return JsonSerializer.Serialize(findings.Select(Row.From).ToList(), Json);
    }

    /// <summary>
    /// The findings of <paramref name="details"/>, or null when the details are not a list of findings (an older
    /// or plain-text error, shown as it is).
    /// </summary>
    public static IReadOnlyList<Finding>? Read(string? details)
    {
        if (details is null) return null;
        try
        {
            return JsonSerializer.Deserialize<List<Row>>(details, Json) is { } rows && rows.TrueForAll(r => r.Code is not null && r.Message is not null)
                ? [.. rows.Select(r => r.ToFinding())]
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>One stored finding; the member order is the stored order.</summary>
    private sealed record Row(string Code, string Severity, string? Field, string? XPath, int? Line, int? Column, string Message, string? MessageRo, string? Fix)
    {
        public static Row From(Finding finding) => new(finding.Code, finding.Severity == Core.Findings.Severity.Warning ? "warning" : "fatal",
            finding.Field, finding.XPath, finding.Line, finding.Column, finding.Message, finding.MessageRo, finding.Fix);

        public Finding ToFinding() => new()
        {
            Code = Code,
            Severity = Severity == "warning" ? Core.Findings.Severity.Warning : Core.Findings.Severity.Fatal,
            Field = Field,
            XPath = XPath,
            Line = Line,
            Column = Column,
            Message = Message,
            MessageRo = MessageRo,
            Fix = Fix,
        };
    }
}
