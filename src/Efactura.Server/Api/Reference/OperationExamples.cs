using System.Text;
using System.Text.Json.Nodes;

namespace Efactura.Server.Api.Reference;

/// <summary>
/// An example per operation for the OpenAPI document, by operation id (<c>operation-examples.json</c>, embedded): the
/// request body and answers by status. <c>"$invoice"</c> stands for examples/01-b2b-ron-21.json and its UBL XML
/// (examples/expected), embedded from the repository's files, so the document shows the examples the tests check.
/// </summary>
internal sealed class OperationExamples
{
    private const string InvoicePlaceholder = "$invoice";

    private readonly Dictionary<string, OperationExample> byOperation;

    private OperationExamples(Dictionary<string, OperationExample> byOperation) => this.byOperation = byOperation;

    /// <summary>The operation ids that have an example.</summary>
    public IEnumerable<string> OperationIds => byOperation.Keys;

    /// <summary>Reads the embedded examples.</summary>
    public static OperationExamples Load()
    {
        var invoice = JsonNode.Parse(Resource("reference/invoice-example.json"))!;
        var invoiceXml = Resource("reference/invoice-example.xml");
        var all = JsonNode.Parse(Resource("reference/operation-examples.json"))!.AsObject();
        var byOperation = new Dictionary<string, OperationExample>(StringComparer.Ordinal);
        foreach (var (id, node) in all)
        {
            if (id.StartsWith('_')) continue; // a comment
            var request = node?["request"];
            var isInvoice = request is JsonValue value && value.TryGetValue<string>(out var text) && text == InvoicePlaceholder;
            var responses = (node?["responses"]?.AsObject() ?? []).ToDictionary(r => r.Key, r => r.Value!, StringComparer.Ordinal);
            byOperation[id] = new OperationExample(isInvoice ? invoice : request, isInvoice ? JsonValue.Create(invoiceXml) : null, responses);
        }
        return new OperationExamples(byOperation);
    }

    /// <summary>The example of <paramref name="operationId"/>, or null.</summary>
    public OperationExample? For(string operationId) => byOperation.GetValueOrDefault(operationId);

    private static string Resource(string name)
    {
        using var stream = typeof(OperationExamples).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the server assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>The examples of one operation.</summary>
/// <param name="Request">The JSON request body, or null.</param>
/// <param name="RequestXml">The XML request body (a JSON string holding the XML), or null.</param>
/// <param name="Responses">An answer per HTTP status.</param>
internal sealed record OperationExample(JsonNode? Request, JsonNode? RequestXml, IReadOnlyDictionary<string, JsonNode> Responses);
