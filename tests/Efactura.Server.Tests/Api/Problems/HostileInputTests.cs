using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Efactura.Server.Tests.Hosting;

namespace Efactura.Server.Tests.Api.Problems;

/// <summary>
/// The inputs that once cost quadratic time through the API (issue 15, High and Medium) are now refused at a stated
/// cap, so their cost is bounded by construction: 100,000 attributes in one start tag (17.4 s of CPU before) stop at 64
/// per element, an invoice of 100,000 JSON lines (41–47 s before) at 20,000 lines, and a document over 20 MB is refused before a byte of it is parsed. How fast
/// they are answered is the <c>hostile</c> benchmark's to measure, not a test's.
/// </summary>
public sealed class HostileInputTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_element_with_100000_attributes_is_refused_at_the_attribute_cap_with_its_line()
    {
        var tenant = await api.NewTenantAsync();
        var xml = new StringBuilder("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">\n<Note ");
        for (var i = 0; i < 100_000; i++) xml.Append(CultureInfo.InvariantCulture, $"a{i}=\"1\" ");
        xml.Append("/></Invoice>");

        var response = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices/validate", Encoding.UTF8.GetBytes(xml.ToString()), "application/xml"), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.BodyAsync();
        body.GetProperty("valid").GetBoolean().ShouldBeFalse();
        var finding = body.Findings().ShouldHaveSingleItem();
        finding.GetProperty("code").GetString().ShouldBe("EF-XML-TOO-LARGE");
        finding.GetProperty("message").GetString()!.ShouldContain("more than 64 attributes");
        finding.GetProperty("line").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task An_invoice_of_100000_json_lines_is_refused_at_the_line_cap_before_any_line_is_read()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json", invoice =>
        {
            var lines = invoice["lines"]!.AsArray();
            var line = lines[0]!;
            lines.Clear();
            for (var i = 0; i < 100_000; i++) lines.Add(line.DeepClone());
        });

        foreach (var path in new[] { "v1/invoices", "v1/invoices/validate" })
        {
            var response = await tenant.Client.PostJsonAsync(path, json);
            var body = path == "v1/invoices" ? await response.ProblemAsync(HttpStatusCode.UnprocessableEntity) : await response.BodyAsync();
            // One finding for the whole array: no line was read, so none of the 100,000 (all with the same id) is reported.
            var finding = body.Findings().ShouldHaveSingleItem(path);
            finding.GetProperty("code").GetString().ShouldBe("EF-JSON-LIMIT", path);
            finding.GetProperty("field").GetString().ShouldBe("/lines", path);
        }
    }

    [Fact]
    public async Task A_document_over_20_MB_is_refused_before_it_is_parsed()
    {
        var tenant = await api.NewTenantAsync();
        // Not even well-formed: a parser that ran would say so; the size check answers first.
        var body = Encoding.UTF8.GetBytes("<Invoice>" + new string('x', 20 * 1024 * 1024 + 1));

        var response = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices/validate", body, "application/xml"), Token);

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString()!.ShouldContain("20 MB");
    }
}
