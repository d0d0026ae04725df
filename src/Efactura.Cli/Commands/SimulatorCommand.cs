using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Efactura.Cli.Commands.Anaf;
using Efactura.Simulator;
using Efactura.Simulator.OAuth;
using Efactura.Simulator.Rules;

namespace Efactura.Cli.Commands;

/// <summary>
/// <c>efactura simulator</c>: the ANAF simulator, standalone, until Ctrl+C. Prints where each part of the API
/// is, the OAuth client, and a ready-made certificate with SPV rights and its access token.
/// </summary>
internal static class SimulatorCommand
{
    /// <summary>The certificate serial the simulator starts with.</summary>
    public const string DefaultSerial = "SIM0001";

    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (port 0 picks a free one).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        // The sellers and buyers of examples/, so the examples can be uploaded as they are.
        var cuis = new Option<string[]>("--cui")
        {
            Description = "CUIs the ready-made certificate has SPV rights for (repeatable).",
            DefaultValueFactory = _ => ["18547290", "14399840"],
            AllowMultipleArgumentsPerToken = true,
        };
        var serial = new Option<string>("--serial") { Description = "The ready-made certificate's serial.", DefaultValueFactory = _ => DefaultSerial };
        var delay = new Option<double>("--processing-delay") { Description = "Seconds an upload stays 'in prelucrare'.", DefaultValueFactory = _ => 5 };
        var structural = new Option<bool>("--structural") { Description = "Judge uploads by structural checks only, instead of every CIUS-RO rule." };
        var certificate = new Option<string>("--certificate")
        {
            Description = "The simulator's signing certificate (PKCS#12), made on first use and reused, so start-up is quick and tokens survive restarts.",
            DefaultValueFactory = _ => Path.Combine(TokenStore.DefaultDirectory, "simulator-signing.pfx"),
        };
        var command = new Command("simulator", "Run the local ANAF simulator (same paths, payloads, errors and limits as ANAF, OAuth included) until Ctrl+C.")
        {
            urls, cuis, serial, delay, structural, certificate,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var processing = result.GetValue(delay);
            if (processing < 0) throw new UsageException("--processing-delay cannot be negative");
            var started = Stopwatch.StartNew();
            using var signing = await SigningCertificateAsync(result.GetValue(certificate)!, clock, cancellationToken);
            var options = new SimulatorOptions { Url = result.GetValue(urls)!, ProcessingDelay = TimeSpan.FromSeconds(processing), SigningCertificate = signing, Time = clock };
            if (result.GetValue(structural)) options = options with { Rules = new StructuralInvoiceRules() };
            AnafSimulator simulator;
            try
            {
                simulator = await AnafSimulator.StartAsync(options, cancellationToken);
            }
            catch (IOException e)
            {
                throw new UsageException($"cannot listen on {options.Url}: {e.Message}");
            }
            await using (simulator)
            {
                var holder = simulator.GrantRights(result.GetValue(serial)!, result.GetValue(cuis)!);
                var tokens = simulator.IssueTokens(holder.Serial);
                await PrintAsync(console.Output, simulator.BaseAddress, holder, tokens.AccessToken, started.Elapsed);
                try
                {
                    await simulator.WaitForShutdownAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: a normal end.
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    // Kept readable by the user only; it is a test key, but it signs tokens the simulator accepts.
    private static async Task<X509Certificate2> SigningCertificateAsync(string path, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            try
            {
                var stored = X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.Exportable);
                if (stored.HasPrivateKey && stored.NotAfter.ToUniversalTime() > clock.GetUtcNow().UtcDateTime.AddDays(1)) return stored;
                stored.Dispose();
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // Unreadable: replaced below.
            }
        }
        var fresh = AnafSimulator.CreateSigningCertificate(clock.GetUtcNow());
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var file = new FileStream(path, options)) await file.WriteAsync(fresh.Export(X509ContentType.Pkcs12), cancellationToken);
        return fresh;
    }

    private static async Task PrintAsync(TextWriter output, Uri root, SpvUser holder, string accessToken, TimeSpan startUp)
    {
        var client = OAuthClientRegistration.Default;
        var env = root.ToString().TrimEnd('/');
        await output.WriteLineAsync($"""
            efactura ANAF simulator listening on {root} (ready in {startUp.TotalSeconds:0.00} s)
              OAuth        {root}anaf-oauth2/v1/authorize and /token, client_id {client.ClientId}, client_secret {client.ClientSecret}
              API, test    {root}test/FCTEL/rest/  (enveloped signatures)
              API, prod    {root}prod/FCTEL/rest/  (detached signatures; validare and transformare with a token)
              Public       {root}webservicesp/prod/FCTEL/rest/  (validare and transformare without a token)
              Signatures   {root}api/validate/signature
              Certificate  serial {holder.Serial}, SPV rights for CUI {string.Join(", ", holder.Cuis.Order(StringComparer.Ordinal))}
              Access token {accessToken}
            Point the CLI at it: efactura anaf login --env {env}   (or add --token <access token> to any anaf command)
            Stop with Ctrl+C.
            """);
        await output.FlushAsync();
    }
}
