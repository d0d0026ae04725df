namespace Efactura.Server.Storage.Connections;

/// <summary>A connection with its decrypted tokens, for the ANAF client and the token refresher only.</summary>
/// <param name="Connection">The connection's state; its <see cref="AnafConnection.TokenVersion"/> is what a rotation compares.</param>
/// <param name="Tokens">The decrypted token pair.</param>
public sealed record AnafCredentials(AnafConnection Connection, AnafTokens Tokens);
