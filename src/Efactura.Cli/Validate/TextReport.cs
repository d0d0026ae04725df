namespace Efactura.Cli.Validate;

/// <summary>The text report: each file's verdict, and its findings with where, what and how to fix.</summary>
internal static class TextReport
{
    public static async Task WriteAsync(TextWriter writer, ValidationRun run)
    {
        foreach (var file in run.Files)
        {
            if (file.Findings.Count == 0)
            {
                await writer.WriteLineAsync($"{file.Path}: valid");
                continue;
            }
            await FindingPrinter.PrintAsync(writer, $"{file.Path} ({(file.IsValid ? "valid" : "INVALID")})", file.Findings);
        }
        await writer.WriteLineAsync();
    }
}
