using System.Globalization;
using System.Net;
using System.Text;
using Efactura.Core.Findings;

namespace Efactura.Cli.Validate;

/// <summary>
/// A self-contained HTML page a person can open: the summary, the rules fired most, and per file its verdict and
/// findings with line and column, message (English and Romanian), fix and location. Every value is HTML-escaped;
/// no script, no external resource.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1f2328;background:#fff}
        h1{font-size:1.5rem;margin:0 0 1rem}h2{font-size:1.1rem;margin:2rem 0 .5rem;word-break:break-all}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}.summary{width:auto}.summary td{font-size:1.2rem;text-align:right;min-width:5rem}
        .valid{color:#1a7f37;font-weight:600}.invalid{color:#cf222e;font-weight:600}
        .fatal{color:#cf222e}.warning{color:#9a6700}.ro{color:#57606a;font-style:italic}.fix{color:#0969da}
        code{font-size:.85em;word-break:break-all}
        """;

    public static byte[] Write(ValidationRun run)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>efactura validate: ").Append(Encode(Count(run.Invalid))).Append(" of ").Append(Count(run.Files.Count)).Append(" invalid</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>efactura validate (").Append(Encode(run.Profile)).Append(")</h1>\n")
            .Append("<table class=\"summary\"><tr><th>Files</th><th>Valid</th><th>Invalid</th></tr><tr>")
            .Append("<td id=\"files\">").Append(Count(run.Files.Count)).Append("</td>")
            .Append("<td id=\"valid\" class=\"valid\">").Append(Count(run.Valid)).Append("</td>")
            .Append("<td id=\"invalid\" class=\"invalid\">").Append(Count(run.Invalid)).Append("</td></tr></table>\n");
        AppendTopRules(html, run);
        foreach (var file in run.Files) AppendFile(html, file);
        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void AppendTopRules(StringBuilder html, ValidationRun run)
    {
        var top = run.TopRules(10);
        if (top.Count == 0) return;
        html.Append("<h2>Top rules fired</h2>\n<table><tr><th>Rule</th><th>Flag</th><th>Files</th><th>Findings</th></tr>\n");
        foreach (var (id, flag, files, findings) in top)
        {
            html.Append("<tr><td><code>").Append(Encode(id)).Append("</code></td><td class=\"").Append(flag).Append("\">").Append(flag)
                .Append("</td><td>").Append(Count(files)).Append("</td><td>").Append(Count(findings)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void AppendFile(StringBuilder html, FileVerdict file)
    {
        var verdict = file.IsValid ? "valid" : "invalid";
        html.Append("<section class=\"file\">\n<h2>").Append(Encode(file.Path)).Append(" <span class=\"").Append(verdict).Append("\">")
            .Append(verdict).Append("</span></h2>\n");
        if (file.Findings.Count == 0)
        {
            html.Append("<p>No findings.</p>\n</section>\n");
            return;
        }
        html.Append("<p>").Append(Count(file.Errors)).Append(" error(s), ").Append(Count(file.Warnings)).Append(" warning(s)</p>\n")
            .Append("<table><tr><th>Flag</th><th>Rule</th><th>Line:column</th><th>Message and fix</th><th>Location</th></tr>\n");
        foreach (var finding in file.Findings) AppendFinding(html, finding);
        html.Append("</table>\n</section>\n");
    }

    private static void AppendFinding(StringBuilder html, Finding finding)
    {
        var flag = Flags.Of(finding.Severity);
        var position = finding.Line is { } line ? Count(line) + (finding.Column is { } column ? ":" + Count(column) : "") : "";
        html.Append("<tr class=\"finding\"><td class=\"").Append(flag).Append("\">").Append(flag).Append("</td>")
            .Append("<td><code>").Append(Encode(finding.Code)).Append("</code></td>")
            .Append("<td>").Append(position).Append("</td><td>").Append(Encode(finding.Message));
        if (finding.MessageRo is { } ro) html.Append("<div class=\"ro\" lang=\"ro\">").Append(Encode(ro)).Append("</div>");
        if (finding.Fix is { } fix) html.Append("<div class=\"fix\">Fix: ").Append(Encode(fix)).Append("</div>");
        html.Append("</td><td>");
        if (finding.Field is { } pointer) html.Append("<code>").Append(Encode(pointer.Length == 0 ? "/" : pointer)).Append("</code><br>");
        if (finding.XPath is { } xpath) html.Append("<code>").Append(Encode(xpath)).Append("</code>");
        html.Append("</td></tr>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
