namespace Efactura.Cli;

/// <summary>A command's input: a file path, or "-" for standard input.</summary>
internal static class InputFile
{
    /// <summary>Reads the whole input; a missing file is a usage error.</summary>
    public static async Task<byte[]> ReadAllAsync(string path, CliConsole console, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            using var buffer = new MemoryStream();
            await console.Input.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
        if (!File.Exists(path)) throw new UsageException($"file not found: {path}");
        return await File.ReadAllBytesAsync(path, cancellationToken);
    }

    /// <summary>The name to show in messages: the path, or "stdin".</summary>
    public static string DisplayName(string path) => path == "-" ? "stdin" : path;
}
