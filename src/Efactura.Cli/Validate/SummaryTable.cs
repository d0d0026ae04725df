using Spectre.Console;

namespace Efactura.Cli.Validate;

/// <summary>The closing summary: files, valid, invalid, and the rules fired most.</summary>
internal static class SummaryTable
{
    private const int TopRuleCount = 10;

    public static void Write(TextWriter writer, ValidationRun run, bool colours)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!colours) console.Profile.Width = 100;
        var totals = new Table().Title($"efactura validate ({run.Profile})").AddColumns("Files", "Valid", "Invalid");
        totals.AddRow(Count(run.Files.Count), $"[green]{Count(run.Valid)}[/]", run.Invalid == 0 ? "0" : $"[red]{Count(run.Invalid)}[/]");
        console.Write(totals);
        var top = run.TopRules(TopRuleCount);
        if (top.Count == 0) return;
        var rules = new Table().Title("Top rules fired").AddColumns("Rule", "Flag", "Files", "Findings");
        foreach (var (id, flag, files, findings) in top) rules.AddRow(Markup.Escape(id), flag, Count(files), Count(findings));
        console.Write(rules);
    }

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
