using System.CommandLine;

namespace Efactura.Cli.Commands;

/// <summary>
/// The shape shared by <c>convert</c> and <c>parse</c>: one input (a file or - for standard input), one
/// output (-o FILE or standard output), and a conversion that returns null when the input is invalid.
/// </summary>
internal static class ConversionCommand
{
    /// <summary>
    /// Converts the input bytes; <c>source</c> names the input in messages, <c>options</c> is the parsed command line
    /// (for a command's own options). Null means invalid input (already reported): nothing is written.
    /// </summary>
    public delegate Task<byte[]?> Conversion(byte[] input, string source, ParseResult options, CancellationToken cancellationToken);

    public static Command Create(string name, string description, string inputHelp, string outputHelp, CliConsole console, Conversion convert, params Option[] options)
    {
        var input = new Argument<string>("input") { Description = inputHelp + " Use - to read standard input." };
        var output = new Option<string?>("--output", "-o") { Description = outputHelp + " (default: standard output)." };
        var command = new Command(name, description) { input, output };
        foreach (var option in options) command.Options.Add(option);
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(input)!;
            var bytes = await InputFile.ReadAllAsync(path, console, cancellationToken);
            var converted = await convert(bytes, InputFile.DisplayName(path), result, cancellationToken);
            if (converted is null) return ExitCodes.InvalidInput;
            await OutputFile.WriteAsync(result.GetValue(output), converted, console, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
