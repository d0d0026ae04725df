using System.Text.Json.Nodes;
using Efactura.Core.Findings;
using Efactura.Core.Json;

namespace Efactura.Core.Tests.Json;

/// <summary>Requests the JSON tests start from, and the assertions they share.</summary>
internal static class InvoiceJsonSamples
{
    // 14080700 and 2816464 are CUIs with a correct check digit.
    public const string Minimal = """
        {
          "number": "FCT-2026-001",
          "issueDate": "2026-03-05",
          "supplier": {
            "name": "Furnizor SRL",
            "vatNumber": "RO14080700",
            "tradeRegister": "J40/1234/2020",
            "address": { "street": "Str. Memorandumului 1", "city": "Cluj-Napoca", "county": "Cluj" }
          },
          "customer": {
            "name": "Client SRL",
            "cui": "2816464",
            "address": { "street": "Bd. Unirii 10", "city": "București", "county": "Sector 3" }
          },
          "lines": [
            { "description": "Consultanță", "quantity": 10, "unit": "ore", "unitPrice": 150, "vatRate": 21 }
          ]
        }
        """;

    public static JsonObject MinimalNode() => JsonNode.Parse(Minimal)!.AsObject();

    public static JsonObject Line(JsonObject request, int index = 0) => request["lines"]![index]!.AsObject();

    public static InvoiceJsonResult Parse(JsonNode request) => InvoiceJson.Parse(request.ToJsonString());

    /// <summary>Parses a request that must succeed without any finding.</summary>
    public static Model.Invoice ParseClean(JsonNode request)
    {
        var result = Parse(request);
        result.Findings.ShouldBeEmpty(string.Join(Environment.NewLine, result.Findings));
        result.IsSuccess.ShouldBeTrue();
        return result.Invoice!;
    }

    /// <summary>The one finding with this code at this pointer.</summary>
    public static Finding ShouldReport(this InvoiceJsonResult result, string code, string field)
    {
        var matches = result.Findings.Where(f => f.Code == code && f.Field == field).ToList();
        matches.Count.ShouldBe(1, $"expected one {code} at {field}; got:{Environment.NewLine}{string.Join(Environment.NewLine, result.Findings)}");
        var finding = matches[0];
        finding.Message.ShouldNotBeNullOrWhiteSpace();
        finding.MessageRo.ShouldNotBeNullOrWhiteSpace();
        finding.Fix.ShouldNotBeNullOrWhiteSpace();
        return finding;
    }
}
