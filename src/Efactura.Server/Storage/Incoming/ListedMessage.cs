namespace Efactura.Server.Storage.Incoming;

/// <summary>An SPV message with the received invoice stored from it, if any.</summary>
/// <param name="Message">The message as recorded.</param>
/// <param name="IncomingInvoiceId">The invoice downloaded with it (a <c>FACTURA PRIMITA</c> once downloaded), or null.</param>
public sealed record ListedMessage(SpvMessage Message, Guid? IncomingInvoiceId);
