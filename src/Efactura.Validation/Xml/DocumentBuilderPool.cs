using System.Collections.Concurrent;

namespace Efactura.Validation.Xml;

/// <summary>
/// Builders kept for reuse by one validator, so that each document does not start with empty name tables (a typical
/// invoice's 70 distinct names would otherwise be split, hashed and allocated again every time). A builder is taken
/// for one parse and given back after it; at most a few per core are kept, the rest are left to the collector.
/// </summary>
internal sealed class DocumentBuilderPool
{
    private readonly ConcurrentBag<DocumentBuilder> idle = [];
    private readonly int capacity = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>A builder for one parse, to be given back with <see cref="Return"/> once the parse ended (or failed).</summary>
    public DocumentBuilder Rent() => idle.TryTake(out var known) ? known : new DocumentBuilder();

    /// <summary>Takes a builder back; it is reset when next rented.</summary>
    public void Return(DocumentBuilder builder)
    {
        if (idle.Count < capacity) idle.Add(builder);
    }
}
