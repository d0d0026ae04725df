using Efactura.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
return await CliApplication.RunAsync(args, CliConsole.System, TimeProvider.System, cancellation.Token);
