using System.Text.Encodings.Web;
using System.Text.Json;
using Efactura.Core.Findings;

namespace Efactura.Cli.Validate;

/// <summary>
/// The JSON report, for other tools to compare: <c>{profile, files: [{path, format, valid, errors, warnings,
/// findings: [{id, flag, message, messageRo, fix, line, column, xpath, pointer}]}], summary: {files, valid, invalid}}</c>.
/// </summary>
internal static class JsonReport
{
    public static byte[] Write(ValidationRun run)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("profile", run.Profile);
            json.WriteStartArray("files");
            foreach (var file in run.Files) WriteFile(json, file);
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", run.Files.Count);
            json.WriteNumber("valid", run.Valid);
            json.WriteNumber("invalid", run.Invalid);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteFile(Utf8JsonWriter json, FileVerdict file)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteString("format", file.Kind == InputKind.Json ? "json" : "xml");
        json.WriteBoolean("valid", file.IsValid);
        json.WriteNumber("errors", file.Errors);
        json.WriteNumber("warnings", file.Warnings);
        json.WriteStartArray("findings");
        foreach (var finding in file.Findings) WriteFinding(json, finding);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("id", finding.Code);
        json.WriteString("flag", Flags.Of(finding.Severity));
        json.WriteString("message", finding.Message);
        if (finding.MessageRo is { } ro) json.WriteString("messageRo", ro);
        if (finding.Fix is { } fix) json.WriteString("fix", fix);
        if (finding.Line is { } line) json.WriteNumber("line", line);
        if (finding.Column is { } column) json.WriteNumber("column", column);
        if (finding.XPath is { } xpath) json.WriteString("xpath", xpath);
        if (finding.Field is { } pointer) json.WriteString("pointer", pointer);
        json.WriteEndObject();
    }
}
