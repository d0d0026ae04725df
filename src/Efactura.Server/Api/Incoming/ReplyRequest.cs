namespace Efactura.Server.Api.Incoming;

/// <summary>The buyer's reply to a received invoice.</summary>
/// <param name="Text">The message to the supplier: 1 to 1000 characters (ANAF documents no maximum; 1000 is the gateway's).</param>
public sealed record ReplyRequest(string? Text);
