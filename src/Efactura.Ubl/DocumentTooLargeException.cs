namespace Efactura.Ubl;

/// <summary>Thrown by <see cref="SizeLimitedStream"/> when the document passes its byte limit; the reader adds the position.</summary>
internal sealed class DocumentTooLargeException(long limit) : IOException($"the document is larger than {limit} bytes");
