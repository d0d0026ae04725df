namespace Efactura.Core.Model;

/// <summary>An additional supporting document, e.g. a timesheet or a delivery note (BG-24).</summary>
public sealed record SupportingDocument
{
    /// <summary>Supporting document reference (BT-122).</summary>
    public required string Id { get; init; }

    /// <summary>Supporting document description (BT-123).</summary>
    public string? Description { get; init; }

    /// <summary>External document location, a URL (BT-124).</summary>
    public string? ExternalUri { get; init; }

    /// <summary>Attached document, embedded in the invoice (BT-125).</summary>
    public Attachment? Attachment { get; init; }
}
