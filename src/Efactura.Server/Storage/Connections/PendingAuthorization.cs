namespace Efactura.Server.Storage.Connections;

/// <summary>An ANAF consent in progress: what the OAuth state of an authorize redirect stands for.</summary>
/// <param name="TenantId">The tenant that started it.</param>
/// <param name="CompanyId">The company to connect.</param>
/// <param name="RedirectUri">The redirect_uri the authorize request named; the token exchange must repeat it.</param>
/// <param name="TokenLinkId">The token link it was started from, if any.</param>
public sealed record PendingAuthorization(Guid TenantId, Guid CompanyId, string RedirectUri, Guid? TokenLinkId);
