namespace Efactura.Simulator.Rules;

/// <summary>The outcome of ANAF's processing of one upload, as stareMesaj will report it.</summary>
public sealed record InvoiceVerdict
{
    private InvoiceVerdict(InvoiceVerdictKind kind, IReadOnlyList<string> errors)
    {
        Kind = kind;
        Errors = errors;
    }

    /// <summary>ok, nok or not taken.</summary>
    public InvoiceVerdictKind Kind { get; }

    /// <summary>The error messages of a <c>nok</c>, in ANAF's form (<c>E: … eroare regula: …</c>), empty otherwise.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Processed and accepted: stareMesaj <c>ok</c>.</summary>
    public static InvoiceVerdict Accepted { get; } = new(InvoiceVerdictKind.Accepted, []);

    /// <summary>Dropped by the system: stareMesaj <c>XML cu erori nepreluat de sistem</c>.</summary>
    public static InvoiceVerdict NotTaken { get; } = new(InvoiceVerdictKind.NotTaken, []);

    /// <summary>Processed with errors: stareMesaj <c>nok</c>; the download is the error file.</summary>
    public static InvoiceVerdict Rejected(IReadOnlyList<string> errors)
    {
        if (errors.Count == 0) throw new ArgumentException("A rejection needs at least one error.", nameof(errors));
        return new(InvoiceVerdictKind.Rejected, errors);
    }
}
