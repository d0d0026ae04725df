namespace Efactura.Anaf.OAuth;

/// <summary>Supplies the bearer token for each call; a gateway implements it over its encrypted token store.</summary>
public interface IAccessTokenSource
{
    /// <summary>The current access token.</summary>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
