using Efactura.Server.Storage.Documents;

namespace Efactura.Server.Storage.Incoming;

/// <summary>A document that came with a received invoice (ANAF's ZIP, the invoice XML, ANAF's signature).</summary>
/// <param name="Kind">Which one.</param>
/// <param name="Content">Its bytes, as ANAF sent them.</param>
public sealed record ReceivedDocument(DocumentKind Kind, ReadOnlyMemory<byte> Content);
