using System.Diagnostics;
using System.Globalization;
using System.Text;
using Efactura.Validation;

namespace Efactura.Benchmarks;

/// <summary>
/// `hostile`: about 10 MB of each input shape that once cost quadratic time (one start tag of many attributes, many
/// namespace declarations in scope, text cut into many pieces, a JSON invoice of very many lines, ...), validated
/// once each the way <c>POST /v1/invoices/validate</c> validates them; prints the wall time of each. Every one must
/// be answered (refused, mostly) in well under two seconds.
/// </summary>
internal static class HostileInputs
{
    private const int Size = 10 * 1000 * 1000;

    public static int Run()
    {
        var validator = new InvoiceValidator();
        // Warm up on a real invoice so that the first timing is not the JIT's.
        validator.Validate(BenchmarkFiles.Generated(100));
        validator.ValidateJson(SampleInvoices.Json(100));
        foreach (var (name, bytes, json) in Inputs())
        {
            // The fastest of three, wall and CPU time (on a shared machine the CPU time says more).
            var (wall, cpu) = (double.MaxValue, double.MaxValue);
            ValidationResult result = null!;
            for (var round = 0; round < 3; round++)
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                result = json ? validator.ValidateJson(bytes) : validator.Validate(bytes);
                wall = Math.Min(wall, watch.Elapsed.TotalSeconds);
                cpu = Math.Min(cpu, (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
            }
            var first = result.Findings.FirstOrDefault();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-46} {bytes.Length / 1e6,5:0.0} MB  wall {wall,6:0.000} s  cpu {cpu,6:0.000} s  {(result.IsValid ? "valid" : $"{first?.Code}: {Cut(first?.Message)}")}"));
        }
        return 0;
    }

    private static string Cut(string? text) => text is null ? "" : text.Length <= 70 ? text : text[..70] + "…";

    private static IEnumerable<(string Name, byte[] Bytes, bool Json)> Inputs()
    {
        yield return ("xml: attributes in one start tag", Xml("<Invoice ", i => $"a{i}=\"1\" ", "/>"), false);
        yield return ("xml: xmlns declarations in one start tag", Xml("<Invoice ", i => $"xmlns:p{i}=\"urn:x\" ", "/>"), false);
        yield return ("xml: elements of 64 attributes each", Xml("<Invoice>", _ => $"<a {string.Join(' ', Enumerable.Range(0, 64).Select(j => $"b{j}=\"\""))}/>", "</Invoice>"), false);
        var declarations = string.Join(' ', Enumerable.Range(0, 60).Select(j => $"xmlns:q{j}=\"urn:{j}\""));
        var nested = new StringBuilder();
        for (var d = 0; d < 250; d++) nested.Append(CultureInfo.InvariantCulture, $"<e{d} xmlns:p=\"urn:p\" {declarations}>");
        var closing = string.Concat(Enumerable.Range(0, 250).Reverse().Select(d => $"</e{d}>"));
        yield return ("xml: 15,000 declarations in scope, then leaves", Xml(nested.ToString(), _ => "<p:x/>", closing), false);
        yield return ("xml: text cut by comments", Xml("<Invoice><Note>", _ => "x<!---->", "</Note></Invoice>"), false);
        yield return ("xml: text cut by CDATA sections", Xml("<Invoice><Note>", _ => "<![CDATA[x]]>", "</Note></Invoice>"), false);
        yield return ("xml: character references", Xml("<Invoice><Note>", _ => "&#x219;", "</Note></Invoice>"), false);
        yield return ("xml: flat elements", Xml("<Invoice>", _ => "<a/>", "</Invoice>"), false);
        yield return ("xml: generated invoice of 12,000 lines", BenchmarkFiles.Generated(12_000), false);
        yield return ("json: 100,000 short lines", JsonLines(100_000, i => "1"), true);
        yield return ("json: 100,000 lines, 10 MB", JsonLines(100_000, i => i.ToString(CultureInfo.InvariantCulture), padding: 30), true);
        yield return ("json: 20,000 lines (the limit), one id", JsonLines(20_000, _ => "1", padding: 400), true);
        yield return ("json: 20,000 lines (the limit), distinct ids", JsonLines(20_000, i => i.ToString(CultureInfo.InvariantCulture), padding: 400), true);
        yield return ("json: generated invoice of 20,000 lines", SampleInvoices.Json(20_000), true);
        yield return ("json: one 10 MB description", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SampleInvoices.Json(1)).Replace("Articol 1", new string('x', Size), StringComparison.Ordinal)), true);
    }

    private static byte[] Xml(string open, Func<int, string> repeated, string close)
    {
        var xml = new StringBuilder(Size + 1000).Append(open);
        for (var i = 0; xml.Length < Size; i++) xml.Append(repeated(i));
        return Encoding.UTF8.GetBytes(xml.Append(close).ToString());
    }

    private static byte[] JsonLines(int lines, Func<int, string> id, int padding = 0)
    {
        var json = Encoding.UTF8.GetString(SampleInvoices.Json(1));
        var start = json.IndexOf("\"lines\": [", StringComparison.Ordinal) + "\"lines\": [".Length;
        var text = new StringBuilder(json[..start]);
        var description = new string('d', padding);
        for (var i = 0; i < lines; i++)
            text.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{{\"id\":\"{id(i)}\",\"description\":\"a{description}\",\"quantity\":1,\"unitPrice\":1,\"vatRate\":21}}");
        return Encoding.UTF8.GetBytes(text.Append("]}").ToString());
    }
}
