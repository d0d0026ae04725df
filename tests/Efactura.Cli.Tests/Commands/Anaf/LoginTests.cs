using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Efactura.Cli.Commands.Anaf;
using Efactura.Simulator;

namespace Efactura.Cli.Tests.Commands.Anaf;

/// <summary>The login flow, with the test playing the browser: it opens the printed address and submits the simulator's form.</summary>
public sealed partial class LoginTests : AnafCliTest
{
    // Short enough that every call refreshes first (StoredTokenSource.RefreshAhead is 5 minutes).
    protected override SimulatorOptions Configure(SimulatorOptions options) => options with { AccessTokenLifetime = TimeSpan.FromMinutes(2) };

    /// <summary>Runs login and plays the browser; returns the command's run and the page the callback showed.</summary>
    private async Task<(CliRun Run, string Page)> LoginAsync(Func<Dictionary<string, string>, Dictionary<string, string>>? tamper = null)
    {
        var error = new WatchedWriter();
        var login = Run(["anaf", "login", "--no-browser", "--env", Env, "--config", ConfigFolder], error: error);
        var authorize = new Uri((await error.LineAsync(l => l.Contains("/anaf-oauth2/v1/authorize?", StringComparison.Ordinal))).Trim());
        using var browser = new HttpClient();
        var form = await browser.GetStringAsync(authorize, Cancel);
        var fields = HiddenInput().Matches(form).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["serial"] = Serial;
        fields["cuis"] = Seller;
        using var submitted = await browser.PostAsync(new Uri(authorize, "authorize"), new FormUrlEncodedContent(tamper is null ? fields : tamper(fields)), Cancel);
        var page = await submitted.Content.ReadAsStringAsync(Cancel);
        return (await login, page);
    }

    [Fact]
    public async Task Login_stores_the_tokens_encrypted_and_later_commands_use_them()
    {
        var (login, page) = await LoginAsync();
        var status = await Anaf("status", "15000");

        login.ExitCode.ShouldBe(ExitCodes.Ok, login.Error);
        page.ShouldContain("Logged in");
        login.Output.ShouldContain("stored encrypted in");
        var file = await File.ReadAllBytesAsync(new TokenStore(ConfigFolder).PathOf(AnafTarget.Parse(Env).StoreKey), Cancel);
        Encoding.UTF8.GetString(file).ShouldNotContain("eyJ", customMessage: "no JWT in clear");
        if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(Path.Combine(ConfigFolder, "key")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        status.ExitCode.ShouldBe(ExitCodes.InvalidInput, "a refusal from ANAF, not a usage error: the token was accepted");
        status.Error.ShouldContain("Nu exista factura cu id_incarcare= 15000");
    }

    [Fact]
    public async Task A_token_close_to_expiry_is_refreshed_and_the_rotated_pair_replaces_the_old()
    {
        (await LoginAsync()).Run.ExitCode.ShouldBe(ExitCodes.Ok);
        var store = new TokenStore(ConfigFolder);
        var key = AnafTarget.Parse(Env).StoreKey;
        var before = (await store.LoadAsync(key, Cancel))!;

        var status = await Anaf("status", "15000");
        var after = (await store.LoadAsync(key, Cancel))!;

        status.Error.ShouldContain("Nu exista factura cu id_incarcare= 15000");
        after.RefreshToken.ShouldNotBe(before.RefreshToken);
        after.AccessToken.ShouldNotBe(before.AccessToken);
        (await Anaf("status", "15000")).Error.ShouldContain("Nu exista factura", customMessage: "the rotated refresh token works in turn");
    }

    [Fact]
    public async Task A_callback_carrying_another_state_is_refused()
    {
        var (login, _) = await LoginAsync(fields => new Dictionary<string, string>(fields) { ["state"] = "forged" });

        login.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        login.Error.ShouldContain("the state does not match");
        File.Exists(new TokenStore(ConfigFolder).PathOf(AnafTarget.Parse(Env).StoreKey)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_login_file_cannot_be_passed_off_as_another_environment()
    {
        var store = new TokenStore(ConfigFolder);
        await store.SaveAsync("test", new StoredLogin("id", "secret", "http://127.0.0.1/cb", "access", "refresh", null, null), Cancel);
        File.Copy(store.PathOf("test"), store.PathOf("prod"));

        (await store.LoadAsync("test", Cancel))!.AccessToken.ShouldBe("access");
        await Should.ThrowAsync<UsageException>(() => store.LoadAsync("prod", Cancel));
    }

    [Fact]
    public async Task Real_ANAF_needs_the_application_credentials()
    {
        var run = await Run(["anaf", "login", "--no-browser", "--env", "test", "--config", ConfigFolder, "--redirect-uri", "http://127.0.0.1:0/cb"]);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--client-id and --client-secret");
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[a-z_]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenInput();
}
