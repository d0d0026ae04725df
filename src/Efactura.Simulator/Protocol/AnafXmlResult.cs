using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Protocol;

/// <summary>HTTP answers carrying ANAF's XML documents (always HTTP 200, <c>application/xml</c>).</summary>
internal static class AnafXmlResult
{
    /// <summary>The upload answer: <c>ExecutionStatus="0"</c> with the index, or <c>"1"</c> with the errors (anaf-api.md §2.2).</summary>
    public static IResult Upload(DateTimeOffset now, long? index, IReadOnlyList<string> errors) =>
        Xml(AnafXml.Header(AnafNamespaces.UploadResponse,
            [
                ("dateResponse", RomanianTime.Compact(now)),
                ("ExecutionStatus", errors.Count == 0 ? "0" : "1"),
                ("index_incarcare", errors.Count == 0 ? index?.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
            ],
            "Errors", errors));

    /// <summary>One upload error.</summary>
    public static IResult UploadError(DateTimeOffset now, string error) => Upload(now, null, [error]);

    /// <summary>The stareMesaj answer with a state (and the download id once processed) (anaf-api.md §3).</summary>
    public static IResult State(string state, long? downloadId) =>
        Xml(AnafXml.Header(AnafNamespaces.MessageState,
            [("stare", state), ("id_descarcare", downloadId?.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            "Errors", []));

    /// <summary>The stareMesaj error form, without <c>stare</c> (anaf-api.md §3).</summary>
    public static IResult StateError(string error) =>
        Xml(AnafXml.Header(AnafNamespaces.MessageState, [], "Errors", [error]));

    private static IResult Xml(string text) => Results.Text(text, "application/xml", System.Text.Encoding.UTF8);
}
