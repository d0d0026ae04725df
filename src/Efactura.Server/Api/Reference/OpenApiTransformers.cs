using System.Text.Json.Nodes;
using Efactura.Server.Api.Incoming;
using Efactura.Server.Api.Invoices;
using Efactura.Server.Api.Webhooks;
using Efactura.Server.Storage.Events;
using Efactura.Server.Api.Problems;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Efactura.Server.Api.Reference;

/// <summary>
/// What the generated OpenAPI document needs beyond the endpoints' own metadata, so it says what the server does:
/// request bodies read by hand (the invoice), problem+json with its findings, optional members, examples.
/// </summary>
internal static class OpenApiTransformers
{
    private static readonly string[] XmlMediaTypes = ["application/xml", "text/xml"];

    /// <summary>
    /// Answers leave null members out (<see cref="ApiProblem.Json"/>), and requests may leave them out: a nullable
    /// member is therefore optional and, when present, never null.
    /// </summary>
    public static Task NullMeansAbsentAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // Money is decimal (never a binary float): say so, so generated clients use an exact type.
        if (context.JsonTypeInfo.Type == typeof(decimal) || context.JsonTypeInfo.Type == typeof(decimal?)) schema.Format = "decimal";
        NullMeansAbsent(schema);
        return Task.CompletedTask;
    }

    private static void NullMeansAbsent(OpenApiSchema schema)
    {
        // An enum of the API's strings (System.Text.Json's schema gives the values but not their type).
        if (schema is { Type: null, Enum.Count: > 0 } && schema.Enum.All(v => v is JsonValue value && value.TryGetValue<string>(out _)))
            schema.Type = JsonSchemaType.String;
        if (schema.Properties is null) return;
        foreach (var (name, property) in schema.Properties.ToList())
        {
            if (property is OpenApiSchema { Type: { } type } concrete && type.HasFlag(JsonSchemaType.Null))
            {
                concrete.Type = type & ~JsonSchemaType.Null;
                schema.Required?.Remove(name);
            }
            else if (property is OpenApiSchema { OneOf: { Count: 2 } variants } && variants.Any(IsNull))
            {
                var other = variants.First(v => !IsNull(v));
                if (other is OpenApiSchemaReference reference && property.Description is { } description) reference.Description = description;
                schema.Properties[name] = other;
                schema.Required?.Remove(name);
            }
        }
    }

    /// <summary>The body of endpoints that read it themselves (<see cref="InvoiceRequestBody"/>).</summary>
    public static Task RequestBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var invoice = context.Description.ActionDescriptor.EndpointMetadata.OfType<InvoiceRequestBody>().FirstOrDefault();
        if (invoice is null) return Task.CompletedTask;
        var content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/json"] = new() { Schema = new OpenApiSchemaReference(InvoiceJsonSchema.Invoice, context.Document) },
        };
        if (invoice.OrXml)
        {
            foreach (var mediaType in XmlMediaTypes)
            {
                content[mediaType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = "A UBL 2.1 Invoice or CreditNote, or a UN/CEFACT CII CrossIndustryInvoice, as ANAF takes it (CIUS-RO); at most 20 MB.",
                    },
                };
            }
        }
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = invoice.OrXml
                ? "The invoice: the JSON contract (docs/json-contract.md), or UBL or CII XML with Content-Type application/xml or text/xml."
                : "The invoice: the JSON contract (docs/json-contract.md). XML is refused (415): check XML with POST /v1/invoices/validate.",
            Content = content,
        };
        return Task.CompletedTask;
    }

    /// <summary>Every problem+json answer has the API's problem shape, findings included.</summary>
    public static Task ProblemResponsesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var response in operation.Responses?.Values.OfType<OpenApiResponse>() ?? [])
        {
            if (response.Content?.TryGetValue(ApiProblem.ContentType, out var media) == true)
                media.Schema = new OpenApiSchemaReference(OpenApiDocumentSetup.ProblemSchema, context.Document);
        }
        return Task.CompletedTask;
    }

    /// <summary>The operation's examples (<see cref="OperationExamples"/>): its request body, its answers.</summary>
    public static Task ExamplesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var examples = context.ApplicationServices.GetRequiredService<OperationExamples>();
        if (operation.OperationId is not { } id || examples.For(id) is not { } example) return Task.CompletedTask;
        foreach (var (mediaType, media) in operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>())
        {
            media.Example = XmlMediaTypes.Contains(mediaType, StringComparer.Ordinal) ? example.RequestXml : example.Request?.DeepClone();
        }
        foreach (var (status, answer) in example.Responses)
        {
            if (operation.Responses?.TryGetValue(status, out var response) != true || response is not OpenApiResponse { Content: { } content }) continue;
            foreach (var media in content.Values) media.Example = answer.DeepClone();
        }
        return Task.CompletedTask;
    }

    /// <summary>Adds the schemas only the transformers refer to: the problem body and the invoice JSON contract.</summary>
    public static async Task ComponentsAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var schemas = document.Components.Schemas;
        // Again over the finished components: some members become references only after the schema transformers ran.
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>()) NullMeansAbsent(schema);
        // Members typed string in C# that only ever hold these values.
        StringEnum(schemas, nameof(ProblemFinding), "severity", ["fatal", "warning"]);
        StringEnum(schemas, nameof(ValidationResponse), "profile", ["ciusro", "en16931"]);
        StringEnum(schemas, nameof(WebhookRequest), "events", EventTypes.Subscribable.Order(StringComparer.Ordinal));
        StringEnum(schemas, nameof(WebhookResponse), "events", EventTypes.Subscribable.Order(StringComparer.Ordinal));
        // ProducesProblem's generic schema, replaced everywhere by the API's own (ProblemResponsesAsync).
        schemas.Remove("ProblemDetails");
        if (!schemas.ContainsKey(nameof(ProblemFinding)))
            document.AddComponent(nameof(ProblemFinding), await context.GetOrCreateSchemaAsync(typeof(ProblemFinding), null, cancellationToken).ConfigureAwait(false));
        document.AddComponent(OpenApiDocumentSetup.ProblemSchema, Problem(document));
        InvoiceJsonSchema.AddTo(document, context.ApplicationServices.GetRequiredService<CoreFieldDocumentation>());

        // The received invoice is the same JSON contract (stored as JSON, so its type says nothing).
        if (schemas.TryGetValue(nameof(IncomingDetail), out var incoming) && incoming is OpenApiSchema { Properties: { } properties }
            && properties.TryGetValue("invoice", out var received))
        {
            properties["invoice"] = new OpenApiSchemaReference(InvoiceJsonSchema.Invoice, document) { Description = received.Description };
        }
    }

    private static OpenApiSchema Problem(OpenApiDocument document) => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An error (RFC 9457 problem details, application/problem+json). When a document or request was judged, every finding is listed.",
        Required = new HashSet<string>(["type", "title", "status", "detail"], StringComparer.Ordinal),
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The kind of problem, a stable URN: urn:efactura:problem:<kind> (e.g. invalid-invoice, not-found, duplicate-invoice-number).",
                Pattern = "^urn:efactura:problem:[a-z0-9-]+$",
            },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A short summary of the kind." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What happened in this case." },
            ["findings"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "Every finding, when a document or request was judged: what is wrong, where (JSON pointer, XPath, line), and how to fix it.",
                Items = new OpenApiSchemaReference(nameof(ProblemFinding), document),
            },
        },
    };

    private static void StringEnum(IDictionary<string, IOpenApiSchema> schemas, string schema, string property, IEnumerable<string> values)
    {
        if (!schemas.TryGetValue(schema, out var found) || found is not OpenApiSchema { Properties: { } properties }
            || !properties.TryGetValue(property, out var member) || member is not OpenApiSchema text)
        {
            throw new InvalidOperationException($"{schema}.{property} is not in the OpenAPI document any more: update OpenApiTransformers");
        }
        var target = text.Type == JsonSchemaType.Array && text.Items is OpenApiSchema items ? items : text;
        target.Type = JsonSchemaType.String;
        target.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
    }

    private static bool IsNull(IOpenApiSchema schema) => schema is OpenApiSchema { Type: JsonSchemaType.Null };
}
