namespace Efactura.Server.Storage.Incoming;

/// <summary>A stored received invoice.</summary>
/// <param name="Id">Our id.</param>
/// <param name="Invoice">What was stored.</param>
/// <param name="CreatedAt">When we stored it.</param>
public sealed record IncomingInvoice(Guid Id, NewIncomingInvoice Invoice, DateTimeOffset CreatedAt);
