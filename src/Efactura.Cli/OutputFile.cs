namespace Efactura.Cli;

/// <summary>A command's output: a file given with -o, or standard output.</summary>
internal static class OutputFile
{
    /// <summary>Writes the bytes to the file (replacing it only once complete) or to standard output.</summary>
    public static async Task WriteAsync(string? path, byte[] content, CliConsole console, CancellationToken cancellationToken)
    {
        if (path is null || path == "-")
        {
            await console.Output.FlushAsync(cancellationToken);
            await console.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(content).AsMemory(), cancellationToken);
            await console.Output.FlushAsync(cancellationToken);
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory)) throw new UsageException($"output folder does not exist: {directory}");
        // Write next to the target and move, so a failure never leaves half a file behind.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
