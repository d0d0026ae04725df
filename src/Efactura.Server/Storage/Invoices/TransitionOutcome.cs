namespace Efactura.Server.Storage.Invoices;

/// <summary>What became of a requested transition.</summary>
public enum TransitionOutcome
{
    /// <summary>Applied and recorded as an event.</summary>
    Applied,

    /// <summary>The tenant has no such invoice.</summary>
    NotFound,

    /// <summary>The invoice is no longer in the expected state: someone else moved it first.</summary>
    StateConflict,

    /// <summary>The state matched but the worker's claim ended and another worker holds the invoice.</summary>
    ClaimLost,
}
