namespace Efactura.Simulator.Rules;

/// <summary>The three end states of an accepted upload (anaf-api.md §3).</summary>
public enum InvoiceVerdictKind
{
    /// <summary><c>ok</c>.</summary>
    Accepted,

    /// <summary><c>nok</c>.</summary>
    Rejected,

    /// <summary><c>XML cu erori nepreluat de sistem</c>.</summary>
    NotTaken,
}
