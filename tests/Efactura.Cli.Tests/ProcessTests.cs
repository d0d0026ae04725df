using System.Diagnostics;
using Efactura.Testing;

namespace Efactura.Cli.Tests;

/// <summary>The command as a shell sees it: a real process, real exit codes, real streams.</summary>
public class ProcessTests
{
    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var efactura = Path.Combine(AppContext.BaseDirectory, "efactura.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(efactura);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task The_readme_command_converts_the_first_example()
    {
        var target = Path.Combine(Path.GetTempPath(), $"efactura-{Guid.NewGuid():N}.xml");
        try
        {
            var (code, _, error) = await Run("convert", Path.Combine(TestPaths.Examples, "01-b2b-ron-21.json"), "-o", target);

            code.ShouldBe(0, error);
            File.ReadAllText(target).ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public async Task Exit_code_2_for_usage_errors()
    {
        var (code, _, error) = await Run("convert");

        code.ShouldBe(2);
        error.ShouldContain("efactura");
    }
}
