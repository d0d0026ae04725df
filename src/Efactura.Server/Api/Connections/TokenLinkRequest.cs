namespace Efactura.Server.Api.Connections;

/// <summary>The body of <c>POST /v1/anaf/token-links</c>.</summary>
/// <param name="CompanyId">The company the link connects.</param>
public sealed record TokenLinkRequest(Guid? CompanyId);
