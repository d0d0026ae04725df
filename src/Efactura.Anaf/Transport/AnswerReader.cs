using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Efactura.Anaf.Results;

namespace Efactura.Anaf.Transport;

/// <summary>Turns what came back into ANAF's documented shapes, or into the error that says why it is none of them.</summary>
internal static class AnswerReader
{
    /// <summary>The error for anything that is not an HTTP 200 in one of ANAF's own formats; null otherwise.</summary>
    public static AnafError? Failure(Exchange exchange)
    {
        if (exchange is TransportFailure failure)
            return new AnafError { Kind = failure.TimedOut ? AnafErrorKind.Timeout : AnafErrorKind.Network, Detail = failure.Detail };
        var answer = (HttpAnswer)exchange;
        if (answer.Status == 200 && answer.MediaType == "text/html") return Html(answer);
        if (answer.Status == 200) return null;
        return new AnafError
        {
            Kind = answer.Status switch
            {
                204 => AnafErrorKind.NoContent,
                400 => AnafErrorKind.BadRequest,
                401 or 403 => AnafErrorKind.Forbidden,
                404 => AnafErrorKind.NotFound,
                429 => AnafErrorKind.TooManyRequests,
                >= 500 => AnafErrorKind.ServerError,
                _ => AnafErrorKind.UnexpectedStatus,
            },
            HttpStatus = answer.Status,
            Messages = SpringMessage(answer) is { } message ? [message] : [],
            Detail = $"HTTP {answer.Status}",
            BodyExcerpt = answer.Excerpt,
        };
    }

    /// <summary>An HTML page where ANAF's XML or JSON was due: the F5 firewall's, or something else.</summary>
    public static AnafError Html(HttpAnswer answer) => new()
    {
        Kind = answer.Text.Contains("Request Rejected", StringComparison.Ordinal) ? AnafErrorKind.Firewall : AnafErrorKind.UnexpectedBody,
        HttpStatus = answer.Status,
        Detail = "an HTML page instead of ANAF's answer",
        BodyExcerpt = answer.Excerpt,
    };

    /// <summary>A body that is none of the documented shapes.</summary>
    public static AnafError Unexpected(HttpAnswer answer, string expected) => new()
    {
        Kind = AnafErrorKind.UnexpectedBody,
        HttpStatus = answer.Status,
        Detail = $"expected {expected}",
        BodyExcerpt = answer.Excerpt,
    };

    /// <summary>ANAF's 200 error text(s), explained by the catalogue.</summary>
    public static AnafError Refused(HttpAnswer answer, IReadOnlyList<string> messages) => new()
    {
        Kind = AnafErrorKind.Refused,
        HttpStatus = answer.Status,
        Messages = messages,
    };

    /// <summary>The root <c>header</c> element in <paramref name="ns"/>, or null.</summary>
    public static XElement? Header(HttpAnswer answer, string ns)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(answer.Body, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var root = XDocument.Load(reader).Root;
            return root?.Name == XName.Get("header", ns) ? root : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The JSON object of the body, whatever the content type says (limit errors may come as text/plain, anaf-api.md §5.3), or null.</summary>
    public static JsonElement? Json(HttpAnswer answer)
    {
        try
        {
            using var document = JsonDocument.Parse(answer.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The <c>errorMessage</c> of each child named <paramref name="child"/>.</summary>
    public static IReadOnlyList<string> ErrorMessages(XElement header, string child) =>
        header.Elements(header.Name.Namespace + child).Select(e => (string?)e.Attribute("errorMessage") ?? "").ToList();

    /// <summary>A string property, or null.</summary>
    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Spring's {"message": …} of 400s, when the body is that.
    private static string? SpringMessage(HttpAnswer answer) => Json(answer) is { } json ? String(json, "message") : null;
}
