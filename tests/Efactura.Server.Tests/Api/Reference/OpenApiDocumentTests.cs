using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Efactura.Core.Json;
using Efactura.Server.Api.Reference;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Tests.Api.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Efactura.Server.Tests.Api.Reference;

public sealed partial class OpenApiDocumentTests : IAsyncLifetime
{
    private ConnectionTestServer server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => server = await ConnectionTestServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await server.Client().GetAsync("openapi/v1.json", Token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
    }

    /// <summary>Every endpoint the server maps under /v1, as (METHOD, path without route constraints).</summary>
    private List<(string Method, string Path)> MappedV1Operations() => [.. MappedV1Endpoints().Select(e => (e.Method, e.Path))];

    private List<(string Method, string Path, EndpointMetadataCollection Metadata)> MappedV1Endpoints() =>
    [
        .. server.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, OpenApiPath(e.RoutePattern.RawText!), e.Metadata))),
    ];

    // The consent's browser pages answer HTML, also for their errors.
    private static bool IsBrowserPage(string method, string path) => method == "GET" && path is "/v1/anaf/callback" or "/v1/anaf/token-links/{linkToken}";

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
            .Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete")
            .Select(o => (o.Name.ToUpperInvariant(), p.Name, o.Value)));

    private static IEnumerable<(string Where, JsonElement Media)> MediaTypes(JsonElement operation)
    {
        if (operation.TryGetProperty("requestBody", out var body))
            foreach (var media in body.GetProperty("content").EnumerateObject()) yield return ($"request {media.Name}", media.Value);
        foreach (var response in operation.GetProperty("responses").EnumerateObject())
            if (response.Value.TryGetProperty("content", out var content))
                foreach (var media in content.EnumerateObject()) yield return ($"{response.Name} {media.Name}", media.Value);
    }

    // {id:guid} → {id}, {rest?} → {rest}, {*path} → {path}, a group's "" route without its trailing slash: the OpenAPI spelling of a route template.
    private static string OpenApiPath(string template) =>
        "/" + RouteParameter().Replace(template.Trim('/'), m => "{" + m.Groups["name"].Value + "}");

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [Fact]
    public void Every_v1_handler_returns_a_typed_result_and_its_json_answers_shape_comes_from_it()
    {
        var endpoints = MappedV1Endpoints();

        endpoints.ShouldNotBeEmpty();
        foreach (var (method, path, metadata) in endpoints)
        {
            var handler = metadata.GetMetadata<MethodInfo>();
            handler.ShouldNotBeNull($"{method} {path} has no handler method");
            var returned = handler.ReturnType.IsGenericType && handler.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
                ? handler.ReturnType.GetGenericArguments()[0]
                : handler.ReturnType;
            returned.ShouldNotBe(typeof(IResult), $"{method} {path} returns an untyped IResult");
        }
        // The answer shapes are declared by the return types, not by hand: e.g. GET /v1/invoices/{id}'s 200.
        var get = endpoints.Single(e => e.Method == "GET" && e.Path == "/v1/invoices/{id}").Metadata;
        get.GetOrderedMetadata<IProducesResponseTypeMetadata>().ShouldContain(m => m.StatusCode == 200 && m.Type == typeof(Server.Api.Invoices.InvoiceResponse));
    }

    [Fact]
    public async Task Every_mapped_v1_endpoint_is_in_the_document()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");
        var mapped = MappedV1Operations();

        mapped.Count.ShouldBeGreaterThanOrEqualTo(17);
        foreach (var (method, path) in mapped)
        {
            paths.TryGetProperty(path, out var item).ShouldBeTrue($"{path} is missing from the OpenAPI document");
            item.TryGetProperty(method.ToLowerInvariant(), out var operation).ShouldBeTrue($"{method} {path} is missing from the OpenAPI document");
            operation.TryGetProperty("responses", out _).ShouldBeTrue($"{method} {path} documents no responses");
        }
        document.GetProperty("openapi").GetString().ShouldStartWith("3.");
        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("efactura gateway");
    }

    [Fact]
    public async Task The_api_key_is_a_bearer_scheme_required_everywhere_but_the_browser_pages()
    {
        var document = await DocumentAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey");
        var paths = document.GetProperty("paths");

        scheme.GetProperty("type").GetString().ShouldBe("http");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");
        foreach (var (method, path) in MappedV1Operations())
        {
            var operation = paths.GetProperty(path).GetProperty(method.ToLowerInvariant());
            var browserPage = path is "/v1/anaf/callback" or "/v1/anaf/token-links/{linkToken}" && method == "GET";
            var secured = operation.TryGetProperty("security", out var security) && security.EnumerateArray().Any(r => r.TryGetProperty("apiKey", out _));
            secured.ShouldBe(!browserPage, $"{method} {path}");
        }
    }

    [Fact]
    public async Task Request_and_response_bodies_and_query_parameters_are_described()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var createWebhook = paths.GetProperty("/v1/webhooks").GetProperty("post");
        createWebhook.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()
            .ShouldEndWith("WebhookRequest");
        createWebhook.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()
            .ShouldEndWith("WebhookResponse");
        createWebhook.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
        var listIncoming = paths.GetProperty("/v1/incoming").GetProperty("get");
        listIncoming.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["companyId", "cursor", "limit"], ignoreOrder: true);
        paths.GetProperty("/v1/companies/{id}/anaf").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString().ShouldEndWith("ConnectionResponse");
    }

    [Fact]
    public async Task Every_post_put_and_patch_documents_its_body_unless_its_endpoint_says_it_reads_none()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        var writes = MappedV1Endpoints().Where(e => e.Method is "POST" or "PUT" or "PATCH").ToList();

        writes.Count.ShouldBeGreaterThanOrEqualTo(13);
        foreach (var (method, path, metadata) in writes)
        {
            var operation = paths.GetProperty(path).GetProperty(method.ToLowerInvariant());
            var readsNone = metadata.GetMetadata<NoRequestBody>() is not null;
            operation.TryGetProperty("requestBody", out var body).ShouldBe(!readsNone, $"{method} {path}: mark an endpoint that reads no body with .TakesNoBody(), else describe its body");
            if (readsNone) continue;
            var content = body.GetProperty("content").EnumerateObject().ToList();
            content.ShouldNotBeEmpty($"{method} {path}");
            content.All(m => m.Value.TryGetProperty("schema", out var schema)).ShouldBeTrue($"{method} {path}");
        }
    }

    [Fact]
    public async Task The_invoice_endpoints_take_the_invoice_json_and_ubl_xml_too()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var validate = paths.GetProperty("/v1/invoices/validate").GetProperty("post").GetProperty("requestBody");
        var create = paths.GetProperty("/v1/invoices").GetProperty("post").GetProperty("requestBody");

        validate.GetProperty("required").GetBoolean().ShouldBeTrue();
        validate.GetProperty("content").EnumerateObject().Select(m => m.Name).ShouldBe(["application/json", "application/xml", "text/xml"], ignoreOrder: true);
        validate.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/Invoice");
        validate.GetProperty("content").GetProperty("application/xml").GetProperty("schema").GetProperty("type").GetString().ShouldBe("string");
        validate.GetProperty("content").GetProperty("application/xml").GetProperty("example").GetString()!.ShouldContain("<cbc:ID>ALF-2026-0001</cbc:ID>");
        create.GetProperty("content").EnumerateObject().Select(m => m.Name).ShouldBe(["application/json", "application/xml", "text/xml"], ignoreOrder: true);
        create.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/Invoice");
        create.GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("number").GetString().ShouldBe("ALF-2026-0001");
        paths.GetProperty("/v1/invoices").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString())
            .ShouldBe(["cursor", "limit", "state", "companyId", "number", "customer", "issuedFrom", "issuedTo"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_invoice_schema_documents_every_field_of_the_json_contract_with_its_type_and_business_term()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        var docs = CoreFieldDocumentation.Load();
        (Type Fields, string Schema)[] objects =
        [
            (typeof(InvoiceFields), "Invoice"), (typeof(PartyFields), "Customer"), (typeof(AddressFields), "Address"),
            (typeof(LineFields), "InvoiceLine"), (typeof(AllowanceChargeFields), "AllowanceCharge"),
            (typeof(PaymentFields), "PaymentInstructions"), (typeof(TotalsFields), "ExpectedTotals"),
        ];

        foreach (var (fields, schema) in objects)
        {
            var properties = schemas.GetProperty(schema).GetProperty("properties");
            properties.EnumerateObject().Select(p => p.Name).ShouldBe(FieldNames(fields).Select(f => f.Json), ignoreOrder: true, $"{schema} against {fields.Name}");
            foreach (var (constant, json) in FieldNames(fields))
                properties.GetProperty(json).GetProperty("description").GetString().ShouldBe(docs.Of(fields, constant), $"{schema}.{json}");
        }
        // The supplier is a Party: the customer's members but partnerId (only a customer may name a partner), name and address required.
        var party = schemas.GetProperty("Party");
        party.GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .ShouldBe(FieldNames(typeof(PartyFields)).Select(f => f.Json).Where(name => name != PartyFields.PartnerId), ignoreOrder: true);
        party.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["name", "address"], ignoreOrder: true);
        // The small objects share ComponentFields: each of its members is in one of them at least.
        var small = schemas.EnumerateObject().Where(s => s.Name is "Identifier" or "Note" or "Period" or "PrecedingInvoice" or "Delivery" or "Payee"
            or "TaxRepresentative" or "Attachment" or "ItemClassification" or "ItemAttribute" or "Card" or "DirectDebit")
            .SelectMany(s => s.Value.GetProperty("properties").EnumerateObject().Select(p => p.Name)).ToHashSet();
        small.ShouldBe(FieldNames(typeof(ComponentFields)).Select(f => f.Json), ignoreOrder: true);

        var invoice = schemas.GetProperty("Invoice");
        var line = schemas.GetProperty("InvoiceLine");
        invoice.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["number", "issueDate", "supplier", "customer", "lines"], ignoreOrder: true);
        invoice.GetProperty("properties").GetProperty("number").GetProperty("description").GetString()!.ShouldContain("(BT-1)");
        invoice.GetProperty("properties").GetProperty("issueDate").GetProperty("format").GetString().ShouldBe("date");
        invoice.GetProperty("properties").GetProperty("lines").GetProperty("minItems").GetInt32().ShouldBe(1);
        invoice.GetProperty("properties").GetProperty("lines").GetProperty("items").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/InvoiceLine");
        invoice.GetProperty("properties").GetProperty("supplier").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/Party");
        invoice.GetProperty("properties").GetProperty("supplier").GetProperty("description").GetString()!.ShouldContain("BG-4");
        line.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["description", "quantity", "unitPrice"], ignoreOrder: true);
        line.GetProperty("properties").GetProperty("quantity").GetProperty("type").GetString().ShouldBe("number");
        line.GetProperty("properties").GetProperty("quantity").GetProperty("format").GetString().ShouldBe("decimal");
        line.GetProperty("properties").GetProperty("quantity").GetProperty("description").GetString()!.ShouldContain("BT-129");
        schemas.GetProperty("IncomingDetail").GetProperty("properties").GetProperty("invoice").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/Invoice");
    }

    [Fact]
    public async Task Enums_are_the_strings_the_api_writes()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        schemas.GetProperty("InvoiceState").GetProperty("type").GetString().ShouldBe("string");
        schemas.GetProperty("InvoiceState").GetProperty("enum").EnumerateArray().Select(v => v.GetString())
            .ShouldBe(Enum.GetNames<InvoiceState>().Select(JsonNamingPolicy.CamelCase.ConvertName));
        schemas.GetProperty("ProblemFinding").GetProperty("properties").GetProperty("severity").GetProperty("enum").EnumerateArray()
            .Select(v => v.GetString()).ShouldBe(["fatal", "warning"]);
        var enums = Descendants(document).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("enum", out _)).ToList();
        enums.Count.ShouldBeGreaterThan(8);
        enums.All(e => e.TryGetProperty("type", out var type) && type.GetString() == "string" && e.GetProperty("enum").EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
            .ShouldBeTrue();
        // Money is exact.
        schemas.GetProperty("InvoiceResponse").GetProperty("properties").GetProperty("totalAmount").GetProperty("format").GetString().ShouldBe("decimal");
    }

    [Fact]
    public async Task Every_operation_has_an_example_and_answers_errors_as_problem_json_with_findings()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToList();

        operations.Count.ShouldBeGreaterThanOrEqualTo(MappedV1Operations().Count);
        foreach (var (method, path, operation) in operations)
        {
            MediaTypes(operation).Any(m => m.Media.TryGetProperty("example", out _)).ShouldBeTrue($"{method} {path} has no example (operation-examples.json)");
            if (IsBrowserPage(method, path)) continue;
            var errors = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5').ToList();
            errors.ShouldNotBeEmpty($"{method} {path}");
            foreach (var error in errors)
            {
                var content = error.Value.GetProperty("content").EnumerateObject().ToList();
                content.Select(c => c.Name).ShouldBe(["application/problem+json"], $"{method} {path} {error.Name}");
                content[0].Value.GetProperty("schema").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/Problem", $"{method} {path} {error.Name}");
            }
        }
        var problem = document.GetProperty("components").GetProperty("schemas").GetProperty("Problem").GetProperty("properties");
        problem.EnumerateObject().Select(p => p.Name).ShouldBe(["type", "title", "status", "detail", "findings"], ignoreOrder: true);
        problem.GetProperty("findings").GetProperty("items").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/ProblemFinding");
        var finding = document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemFinding");
        finding.GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["code", "severity", "field", "xPath", "line", "column", "message", "messageRo", "fix"], ignoreOrder: true);
        finding.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["code", "severity", "message"], ignoreOrder: true);
    }

    [Fact]
    public async Task Every_example_fits_its_schema()
    {
        var document = await DocumentAsync();
        var checkedExamples = 0;

        foreach (var (method, path, operation) in Operations(document))
        {
            foreach (var (where, media) in MediaTypes(operation))
            {
                if (!media.TryGetProperty("example", out var example) || !media.TryGetProperty("schema", out var schema)) continue;
                Misfit(document, example, schema, "").ShouldBeNull($"{method} {path} {where}");
                checkedExamples++;
            }
        }
        checkedExamples.ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public async Task Nothing_in_the_document_refers_outside_it()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        foreach (var (key, value, inExample) in Members(document, false))
        {
            key.ShouldNotBeOneOf("externalDocs", "externalValue");
            if (key == "$ref")
            {
                var reference = value.GetString()!;
                reference.ShouldStartWith("#/components/schemas/");
                schemas.TryGetProperty(reference["#/components/schemas/".Length..], out _).ShouldBeTrue(reference);
            }
            // Addresses only as example values (a webhook's URL) and the server's own address.
            if (value.ValueKind == JsonValueKind.String && value.GetString()!.Contains("://", StringComparison.Ordinal))
                (inExample || key == "url").ShouldBeTrue($"{key}: {value.GetString()}");
        }
        document.GetProperty("servers").EnumerateArray().ShouldAllBe(s => s.GetProperty("url").GetString()!.StartsWith(server.Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
    }

    private static IEnumerable<(string Constant, string Json)> FieldNames(Type fields) =>
        fields.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name is not ("example" or "examples")).Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
            foreach (var descendant in Descendants(child)) yield return descendant;
    }

    // Every member (key, value) of every object, and whether it sits inside an example.
    private static IEnumerable<(string Key, JsonElement Value, bool InExample)> Members(JsonElement element, bool inExample)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var member in Members(item, inExample)) yield return member;
        }
        if (element.ValueKind != JsonValueKind.Object) yield break;
        foreach (var property in element.EnumerateObject())
        {
            var nested = inExample || property.Name is "example" or "examples";
            yield return (property.Name, property.Value, nested);
            foreach (var member in Members(property.Value, nested)) yield return member;
        }
    }

    /// <summary>Null when <paramref name="value"/> fits <paramref name="schema"/> (types, members, required, enums), else where it does not.</summary>
    private static string? Misfit(JsonElement document, JsonElement value, JsonElement schema, string at)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..]);
        if (schema.TryGetProperty("oneOf", out var variants))
            return variants.EnumerateArray().Any(v => Misfit(document, value, v, at) is null) ? null : $"{at}: fits none of oneOf";
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.ToString() == value.ToString()))
            return $"{at}: {value} is not one of {values}";
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        var kindFits = type switch
        {
            null => true,
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "number" => value.ValueKind == JsonValueKind.Number,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            _ => false,
        };
        if (!kindFits) return $"{at}: {value.ValueKind} where the schema says {type}";
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
                if (Misfit(document, item, items, $"{at}/{i++}") is { } misfit) return misfit;
        }
        if (value.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties)) return null;
        foreach (var member in value.EnumerateObject())
        {
            if (!properties.TryGetProperty(member.Name, out var property)) return $"{at}/{member.Name} is not in the schema";
            if (Misfit(document, member.Value, property, $"{at}/{member.Name}") is { } misfit) return misfit;
        }
        if (!schema.TryGetProperty("required", out var required)) return null;
        foreach (var name in required.EnumerateArray())
            if (!value.TryGetProperty(name.GetString()!, out _)) return $"{at}/{name.GetString()} is required but missing";
        return null;
    }
}
