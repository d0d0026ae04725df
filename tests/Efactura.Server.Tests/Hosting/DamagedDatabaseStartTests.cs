using System.Diagnostics;

namespace Efactura.Server.Tests.Hosting;

/// <summary>The server started on a damaged SQLite file stops with a sentence saying so, not an unhandled exception.</summary>
public sealed class DamagedDatabaseStartTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_start_on_a_file_that_is_no_database_stops_with_a_clear_message()
    {
        var folder = Directory.CreateTempSubdirectory("efactura-damaged-").FullName;
        try
        {
            var database = Path.Combine(folder, "efactura.db");
            await File.WriteAllTextAsync(database, new string('x', 8192), Token);
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Efactura.Server.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add("http://127.0.0.1:0");
            start.Environment["Efactura__Database__Provider"] = "Sqlite";
            start.Environment["Efactura__Database__ConnectionString"] = $"Data Source={database}";
            start.Environment["Efactura__Secrets__KeyFile"] = Path.Combine(folder, "secret.key");
            start.Environment["DOTNET_ENVIRONMENT"] = "Development";

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(Token);
            var error = process.StandardError.ReadToEndAsync(Token);
            await process.WaitForExitAsync(Token);
            var printed = await output + await error;

            process.ExitCode.ShouldBe(1, printed);
            (await error).ShouldContain("efactura did not start: The Sqlite database failed its integrity check: the file is not a SQLite database");
            printed.ShouldNotContain("Unhandled exception");
            printed.ShouldNotContain("   at ");
            printed.ShouldNotContain("listening on");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
