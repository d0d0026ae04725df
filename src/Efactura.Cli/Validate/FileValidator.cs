using Efactura.Validation;
using Spectre.Console;

namespace Efactura.Cli.Validate;

/// <summary>Validates many files in parallel (bounded by the processor count), with a progress bar on a terminal.</summary>
internal sealed class FileValidator(InvoiceValidator validator, ValidationProfile profile, CliConsole console)
{
    /// <summary>From this many files on, a terminal shows a progress bar.</summary>
    public const int ProgressThreshold = 20;

    public async Task<IReadOnlyList<FileVerdict>> ValidateAsync(IReadOnlyList<ValidationInput> inputs, CancellationToken cancellationToken)
    {
        var verdicts = new FileVerdict[inputs.Count];
        if (!console.IsTerminal || inputs.Count < ProgressThreshold)
        {
            await RunAsync(inputs, verdicts, () => { }, cancellationToken);
            return verdicts;
        }
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        await terminal.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask($"Validating {inputs.Count} files", maxValue: inputs.Count);
            await RunAsync(inputs, verdicts, () => task.Increment(1), cancellationToken);
        });
        return verdicts;
    }

    private async Task RunAsync(IReadOnlyList<ValidationInput> inputs, FileVerdict[] verdicts, Action done, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), options, async (index, token) =>
        {
            verdicts[index] = await ValidateAsync(inputs[index], token);
            done();
        });
    }

    private async Task<FileVerdict> ValidateAsync(ValidationInput input, CancellationToken cancellationToken)
    {
        var bytes = await InputFile.ReadAllAsync(input.Path, console, cancellationToken);
        var kind = input.Path == "-" ? ValidationInput.Sniff(bytes) : input.Kind;
        var result = kind == InputKind.Json ? validator.ValidateJson(bytes, profile) : validator.Validate(bytes, profile);
        return new FileVerdict(input.DisplayName, kind, result.Findings);
    }
}
