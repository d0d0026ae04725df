using System.Globalization;
using System.Text;
using System.Xml;

namespace Efactura.Cli.Validate;

/// <summary>
/// JUnit XML for CI servers: one test suite, one test case per file; an invalid file is a failure listing its
/// errors, warnings go to the case's system-out.
/// </summary>
internal static class JunitReport
{
    public static byte[] Write(ValidationRun run)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", $"efactura validate ({run.Profile})");
            xml.WriteAttributeString("tests", Number(run.Files.Count));
            xml.WriteAttributeString("failures", Number(run.Invalid));
            xml.WriteAttributeString("errors", "0");
            foreach (var file in run.Files) WriteCase(xml, file, run.Profile);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WriteCase(XmlWriter xml, FileVerdict file, string profile)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", $"efactura.validate.{profile}");
        xml.WriteAttributeString("name", file.Path);
        if (!file.IsValid)
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", "fatal");
            xml.WriteAttributeString("message", $"{file.Errors} error(s): {string.Join(", ", file.Findings.Where(f => f.Severity == Core.Findings.Severity.Fatal).Select(f => f.Code).Distinct())}");
            xml.WriteString(Describe(file.Findings.Where(f => f.Severity == Core.Findings.Severity.Fatal)));
            xml.WriteEndElement();
        }
        var warnings = file.Findings.Where(f => f.Severity == Core.Findings.Severity.Warning).ToList();
        if (warnings.Count > 0) xml.WriteElementString("system-out", Describe(warnings));
        xml.WriteEndElement();
    }

    private static string Describe(IEnumerable<Core.Findings.Finding> findings) =>
        string.Join("\n", findings.Select(f => f.ToString() + (f.Fix is null ? "" : $"\n  fix: {f.Fix}")));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
