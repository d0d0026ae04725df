namespace Efactura.Anaf.OAuth;

/// <summary>One fixed access token, for scripts and tests.</summary>
/// <param name="token">The bearer token.</param>
public sealed class StaticAccessToken(string token) : IAccessTokenSource
{
    /// <inheritdoc />
    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    /// <inheritdoc />
    public override string ToString() => "StaticAccessToken(***)";
}
