namespace Efactura.Server.Storage.Connections;

/// <summary>The outcome of opening a token link.</summary>
/// <param name="Check">Whether the link may start a consent, and why not.</param>
/// <param name="Link">The link; set only when <paramref name="Check"/> is <see cref="OneTimeCheck.Valid"/>.</param>
public sealed record TokenLinkCheck(OneTimeCheck Check, TokenLink? Link);
