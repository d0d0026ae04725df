namespace Efactura.Core.Findings;

/// <summary>
/// One problem found in an invoice: by JSON parsing, by the validator (official rule or our own),
/// or translated from an ANAF answer. Every layer reports the same shape (DESIGN §4.2).
/// </summary>
public sealed record Finding
{
    /// <summary>Official rule id (e.g. BR-RO-030, BR-CO-15) or our own (e.g. EF-UNIT-UNKNOWN).</summary>
    public required string Code { get; init; }

    /// <summary>Fatal findings make ANAF refuse the invoice; warnings do not.</summary>
    public required Severity Severity { get; init; }

    /// <summary>English message saying what is wrong, with the values involved.</summary>
    public required string Message { get; init; }

    /// <summary>The same message in Romanian.</summary>
    public string? MessageRo { get; init; }

    /// <summary>What to change to fix it.</summary>
    public string? Fix { get; init; }

    /// <summary>JSON pointer (RFC 6901) into the request, e.g. /lines/2/vatRate, when the input was JSON.</summary>
    public string? Field { get; init; }

    /// <summary>XPath of the offending node in the UBL document, when there is one.</summary>
    public string? XPath { get; init; }

    /// <summary>1-based line in the source document, when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column in the source document, when known.</summary>
    public int? Column { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Field ?? XPath;
        var position = Line is { } l ? $" (line {l}{(Column is { } c ? $", column {c}" : "")})" : "";
        return $"[{Code}] {Severity.ToString().ToLowerInvariant()}: {Message}{(where is null ? "" : $" at {where}")}{position}";
    }
}
