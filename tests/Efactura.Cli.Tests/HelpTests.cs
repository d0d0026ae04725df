namespace Efactura.Cli.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("convert")]
    [InlineData("parse")]
    [InlineData("validate")]
    public async Task Every_command_explains_itself(string command)
    {
        var run = await CliRun.Of([command, "--help"]);

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Output.ShouldContain("Usage:");
        run.Output.ShouldContain(command);
    }

    [Fact]
    public async Task The_root_help_lists_the_commands()
    {
        var run = await CliRun.Of(["--help"]);

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Output.ShouldContain("convert");
        run.Output.ShouldContain("parse");
        run.Output.ShouldContain("validate");
    }

    [Fact]
    public async Task No_command_is_a_usage_error()
    {
        var run = await CliRun.Of([]);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
    }
}
