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

    [Theory]
    [InlineData("/customer/name", "\"Client\\u0000 SRL\"")]
    [InlineData("/lines/0/description", "\"a\\u001fb\"")]
    [InlineData("/supplier/address/city", "\"\\ud800\"")]
    [InlineData("/number", "\"\\uffff\"")]
    public void Text_with_a_character_XML_cannot_carry_is_refused_at_its_member(string pointer, string value)
    {
        var json = WithRaw(pointer, value);

        var result = InvoiceJson.Parse(json);

        result.IsSuccess.ShouldBeFalse();
        result.Findings.ShouldContain(f => f.Code == JsonErrorCodes.Format && f.Field == pointer);
    }

    [Fact]
    public void Tabs_line_breaks_and_characters_beyond_the_basic_plane_are_kept()
    {
        var result = InvoiceJson.Parse(WithRaw("/lines/0/description", "\"a\\tb\\nc \\ud83d\\ude00\""));

        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Findings.Select(f => f.Message)));
        result.Invoice!.Lines[0].Item.Name.ShouldBe("a\tb\nc \U0001F600");
    }

    [Theory]
    [InlineData("/issueDate", "1582-12-31")]
    [InlineData("/issueDate", "0001-01-01")]
    [InlineData("/dueDate", "1000-06-01")]
    public void Dates_before_the_Gregorian_calendar_are_refused_at_their_member(string pointer, string date)
    {
        var result = InvoiceJson.Parse(WithRaw(pointer, $"\"{date}\""));

        result.IsSuccess.ShouldBeFalse();
        result.Findings.ShouldContain(f => f.Code == JsonErrorCodes.Format && f.Field == pointer);
    }

    [Theory]
    [InlineData("/lines/0/quantity", "79228162514264337593543950336", "/lines/0/quantity")]
    [InlineData("/lines/0/quantity", "1E+28", "/lines/0/quantity")]
    [InlineData("/lines/0/unitPrice", "\"79228162514264337593543950335\"", "/lines/0/quantity")]
    public void Numbers_beyond_a_decimal_are_refused_at_a_member_never_thrown(string pointer, string value, string reported)
    {
        var result = InvoiceJson.Parse(WithRaw(pointer, value));

        result.IsSuccess.ShouldBeFalse();
        result.Findings.ShouldContain(f => f.Code == JsonErrorCodes.Format && f.Field == reported);
    }

    [Fact]
    public void Totals_beyond_a_decimal_are_refused_at_the_lines()
    {
        var request = MinimalNode();
        var line = Line(request);
        line["quantity"] = 1;
        line["unitPrice"] = JsonValue.Create(70000000000000000000000000000m);
        request["lines"]!.AsArray().Add(line.DeepClone());

        var result = Parse(request);

        result.IsSuccess.ShouldBeFalse();
        result.Findings.ShouldContain(f => f.Code == JsonErrorCodes.Format && f.Field == "/lines");
    }

    [Fact]
    public void More_lines_than_the_limit_are_refused_before_any_is_read()
    {
        var json = new StringBuilder(Minimal[..Minimal.IndexOf("\"lines\"", StringComparison.Ordinal)]).Append("\"lines\": [");
        for (var i = 0; i < InvoiceReader.MaxLines + 1; i++) json.Append(i == 0 ? "" : ",").Append("{\"description\":\"x\",\"quantity\":1,\"unitPrice\":1,\"vatRate\":21,\"id\":\"1\"}");
        json.Append("]}");

        var result = InvoiceJson.Parse(json.ToString());

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(JsonErrorCodes.Limit);
        finding.Field.ShouldBe("/lines");
    }

    [Fact]
    public void A_repeated_line_id_names_the_first_line_with_it()
    {
        var request = MinimalNode();
        var lines = request["lines"]!.AsArray();
        for (var i = 1; i < 4; i++) lines.Add(Line(request).DeepClone());
        for (var i = 0; i < 4; i++) lines[i]!["id"] = i == 3 ? "B" : i == 1 ? "B" : $"L{i}";

        var finding = Parse(request).Findings.ShouldHaveSingleItem();

        finding.Code.ShouldBe(JsonErrorCodes.LineIdDuplicate);
        finding.Field.ShouldBe("/lines/3/id");
        finding.Message.ShouldContain("/lines/1");
    }

    /// <summary>The minimal request with the member at <paramref name="pointer"/> set to the raw JSON <paramref name="value"/>.</summary>
    private static string WithRaw(string pointer, string value)
    {
        var request = MinimalNode();
        var parts = pointer.Split('/')[1..];
        JsonNode parent = request;
        foreach (var part in parts[..^1]) parent = int.TryParse(part, out var index) ? parent[index]! : parent[part]!;
        parent.AsObject()[parts[^1]] = "@@raw@@";
        return request.ToJsonString().Replace("\"@@raw@@\"", value, StringComparison.Ordinal);
    }
}
