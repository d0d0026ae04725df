namespace Efactura.Simulator.OAuth;

/// <summary>An application registered in ANAF's portal: its id, secret and callback addresses (anaf-api.md §1.3).</summary>
/// <param name="ClientId">The client id.</param>
/// <param name="ClientSecret">The client secret.</param>
/// <param name="RedirectUris">Allowed callbacks; empty allows any, which suits a local simulator.</param>
public sealed record OAuthClientRegistration(string ClientId, string ClientSecret, IReadOnlyList<string> RedirectUris)
{
    /// <summary>The client the simulator registers when none is configured.</summary>
    public static OAuthClientRegistration Default { get; } = new("efactura-simulator", "simulator-secret", []);

    /// <summary>True when <paramref name="redirectUri"/> may receive this client's codes.</summary>
    public bool Allows(string redirectUri) => RedirectUris.Count == 0 || RedirectUris.Contains(redirectUri, StringComparer.Ordinal);
}
