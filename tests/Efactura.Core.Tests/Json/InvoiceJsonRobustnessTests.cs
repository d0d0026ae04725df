using System.Text;
using System.Text.Json.Nodes;
using Efactura.Core.Json;
using static Efactura.Core.Tests.Json.InvoiceJsonSamples;

namespace Efactura.Core.Tests.Json;

public sealed class InvoiceJsonRobustnessTests
{
    [Fact]
    public void Every_truncation_of_a_valid_request_is_a_syntax_error_not_an_exception()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal.TrimEnd());

        for (var length = 0; length < bytes.Length; length++)
        {
            var result = InvoiceJson.Parse(bytes.AsSpan(0, length));
            result.IsSuccess.ShouldBeFalse();
            result.Findings.ShouldContain(f => f.Code == JsonErrorCodes.Syntax, $"truncated at {length}");
        }
    }

    [Fact]
    public void Invalid_UTF_8_is_a_syntax_error()
    {
        byte[] bytes = [.. "{\n  \"number\": \""u8, 0xFF, 0xFE, .. "\"}"u8];

        var finding = InvoiceJson.Parse(bytes).Findings.ShouldHaveSingleItem();

        finding.Code.ShouldBe(JsonErrorCodes.Syntax);
        (finding.Line, finding.Column).ShouldBe((2, 14));
        finding.Message.ShouldContain("0xFF");
    }

    [Fact]
    public void Every_member_replaced_by_a_value_of_the_wrong_kind_is_reported_not_thrown()
    {
        JsonNode?[] wrongValues = [true, 1.5, "text", new JsonArray(1), new JsonObject { ["x"] = 1 }, null];
        foreach (var path in MemberPaths(MinimalNode(), ""))
        {
            foreach (var wrong in wrongValues)
            {
                var request = MinimalNode();
                Replace(request, path, wrong?.DeepClone());
                Should.NotThrow(() => Parse(request), $"{path} = {wrong?.ToJsonString() ?? "null"}");
            }
        }
    }

    [Fact]
    public void Huge_numbers_are_format_errors()
    {
        var request = MinimalNode();
        request["lines"]![0]!["quantity"] = JsonNode.Parse("1e40");

        Parse(request).ShouldReport(JsonErrorCodes.Format, "/lines/0/quantity");
    }

    private static IEnumerable<string> MemberPaths(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    yield return path + "/" + name;
                    if (child is not null) foreach (var p in MemberPaths(child, path + "/" + name)) yield return p;
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return path + "/" + i;
                    if (a[i] is { } child) foreach (var p in MemberPaths(child, path + "/" + i)) yield return p;
                }
                break;
        }
    }

    private static void Replace(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = parts[..^1].Aggregate(root, (node, part) => node is JsonArray a ? a[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!);
        if (parent is JsonArray array) array[int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        else parent[parts[^1]] = value;
    }
}
