using System.CommandLine;
using Efactura.Anaf.OAuth;
using Efactura.Simulator.OAuth;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>The options every <c>efactura anaf</c> command takes (declared once on <c>anaf</c>, recursive).</summary>
internal sealed class AnafOptions(TimeProvider clock)
{
    /// <summary>The command's clock: token expiry, ANAF's time windows, the upload deadline warning.</summary>
    public TimeProvider Clock { get; } = clock;

    public Option<string> Environment { get; } = new("--env")
    {
        Description = "Where to call: " + AnafTarget.Help + " Default: $EFACTURA_ENV, else test.",
        Recursive = true,
        DefaultValueFactory = _ => System.Environment.GetEnvironmentVariable("EFACTURA_ENV") is { Length: > 0 } env ? env : "test",
    };

    public Option<string> ConfigDirectory { get; } = new("--config")
    {
        Description = "The folder holding the encrypted logins. Default: $EFACTURA_CONFIG_DIR, else efactura in the user's configuration folder.",
        Recursive = true,
        DefaultValueFactory = _ => TokenStore.DefaultDirectory,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "Use this access token instead of the stored login (e.g. the one 'efactura simulator' prints).",
        Recursive = true,
    };

    public Option<string?> ClientId { get; } = new("--client-id")
    {
        Description = "The OAuth client id of your application in ANAF's portal (login only). Default: $EFACTURA_CLIENT_ID; the simulator's is known.",
        Recursive = true,
    };

    public Option<string?> ClientSecret { get; } = new("--client-secret")
    {
        Description = "Its client secret (login only). Default: $EFACTURA_CLIENT_SECRET; the simulator's is known.",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Environment, ConfigDirectory, Token, ClientId, ClientSecret];

    /// <summary>The environment named on the command line.</summary>
    public AnafTarget Target(ParseResult result) => AnafTarget.Parse(result.GetValue(Environment)!);

    /// <summary>The token store in the chosen folder.</summary>
    public TokenStore Store(ParseResult result) => new(result.GetValue(ConfigDirectory)!);

    /// <summary>The OAuth application: from the options or the environment, else the simulator's own.</summary>
    public (string Id, string Secret) Client(ParseResult result, AnafTarget target)
    {
        var id = result.GetValue(ClientId) ?? System.Environment.GetEnvironmentVariable("EFACTURA_CLIENT_ID");
        var secret = result.GetValue(ClientSecret) ?? System.Environment.GetEnvironmentVariable("EFACTURA_CLIENT_SECRET");
        if (target.IsSimulator) return (id ?? OAuthClientRegistration.Default.ClientId, secret ?? OAuthClientRegistration.Default.ClientSecret);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret))
            throw new UsageException("--client-id and --client-secret (or $EFACTURA_CLIENT_ID and $EFACTURA_CLIENT_SECRET) are required: register an application in ANAF's portal");
        return (id, secret);
    }

    /// <summary>A connection for a command that calls ANAF with the stored login or <c>--token</c>.</summary>
    public AnafConnection Connect(ParseResult result)
    {
        var target = Target(result);
        var store = Store(result);
        var connection = new AnafConnection(target, Clock);
        IAccessTokenSource tokens = result.GetValue(Token) is { Length: > 0 } token
            ? new StaticAccessToken(token)
            : new StoredTokenSource(store, target, login => connection.OAuthClient(login.ClientId, login.ClientSecret, login.RedirectUri), Clock);
        connection.UseTokens(tokens);
        return connection;
    }
}
