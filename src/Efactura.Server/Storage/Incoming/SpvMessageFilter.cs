namespace Efactura.Server.Storage.Incoming;

/// <summary>Which SPV messages a list shows; every filter is optional and they combine with AND.</summary>
public sealed record SpvMessageFilter
{
    /// <summary>Only this company's.</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>Only these companies' (a dashboard accountant's); an empty list matches nothing.</summary>
    public IReadOnlyCollection<Guid>? CompanyIds { get; init; }

    /// <summary>
    /// Only types that start with this text (e.g. <c>FACTURA PRIMITA</c>; <c>MESAJ CUMPARATOR</c> for the buyer's
    /// messages, whose exact wording ANAF varies).
    /// </summary>
    public string? TypeStartsWith { get; init; }

    /// <summary>Only messages ANAF made at or after this instant.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only messages ANAF made before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }
}
