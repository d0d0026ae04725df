using System.CommandLine;

namespace Efactura.Cli.Commands.Anaf;

/// <summary><c>efactura anaf</c>: ANAF's RO e-Factura API (or the simulator) from the command line.</summary>
internal static class AnafCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var options = new AnafOptions(clock);
        var command = new Command("anaf",
            "Talk to ANAF's RO e-Factura API, or to the local simulator (--env URL). Exit codes: 0 done, 1 refused or invalid, 2 usage.");
        foreach (var option in options.All) command.Options.Add(option);
        command.Subcommands.Add(LoginCommand.Create(console, options));
        command.Subcommands.Add(UploadCommand.Create(console, options));
        command.Subcommands.Add(StatusCommand.Create(console, options));
        command.Subcommands.Add(ReplyCommand.Create(console, options));
        command.Subcommands.Add(MessagesCommand.Create(console, options));
        command.Subcommands.Add(DownloadCommand.Create(console, options));
        command.Subcommands.Add(VerifyCommand.Create(console));
        command.Subcommands.Add(ValidateRemoteCommand.Create(console, options));
        command.Subcommands.Add(PdfRemoteCommand.Create(console, options));
        return command;
    }
}
