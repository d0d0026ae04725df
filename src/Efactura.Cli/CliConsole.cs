namespace Efactura.Cli;

/// <summary>The streams a command reads and writes; the process's own, or captured ones in tests.</summary>
/// <param name="Input">Standard input, read when a command is given "-" as its file.</param>
/// <param name="Output">Standard output: documents and reports.</param>
/// <param name="Error">Standard error: findings, errors and progress.</param>
/// <param name="IsTerminal">True when output goes to a person's terminal (colours, progress bars).</param>
public sealed record CliConsole(Stream Input, TextWriter Output, TextWriter Error, bool IsTerminal)
{
    /// <summary>The process's standard streams.</summary>
    public static CliConsole System => new(
        Console.OpenStandardInput(),
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected);
}
