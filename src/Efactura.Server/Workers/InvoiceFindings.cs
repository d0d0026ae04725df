using Efactura.Anaf.Messages;
using Efactura.Anaf.Results;
using Efactura.Core.Findings;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Workers;

/// <summary>
/// Builds the error of an invoice: its findings (<see cref="Finding"/>, kept as <see cref="StoredFindings"/>), ANAF's
/// messages translated by <see cref="AnafMessageCatalogue"/>, all of them.
/// </summary>
public static class InvoiceFindings
{
    /// <summary>One finding per ANAF message: the catalogue's code, English explanation and fix, ANAF's Romanian text.</summary>
    public static IReadOnlyList<Finding> FromAnaf(IEnumerable<AnafExplanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        return explanations.Select(e => new Finding
        {
            Code = e.Code,
            Severity = Severity.Fatal,
            Message = e.Explanation,
            MessageRo = e.Original,
            Fix = e.Fix,
        }).ToList();
    }

    /// <summary>A finding of ours (<c>EF-…</c>) with what happened and what to do.</summary>
    public static Finding Ours(string code, string message, string fix, Severity severity = Severity.Fatal) =>
        new() { Code = code, Severity = severity, Message = message, Fix = fix };

    /// <summary>The error to record: <paramref name="code"/> with <paramref name="findings"/>.</summary>
    public static InvoiceError Error(string code, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new InvoiceError(code, StoredFindings.Write(findings));
    }

    /// <summary>The error to record for one finding of ours.</summary>
    public static InvoiceError Error(string code, string message, string fix, Severity severity = Severity.Fatal) =>
        Error(code, [Ours(code, message, fix, severity)]);

    /// <summary>
    /// The error for a failed ANAF call: ANAF's messages translated when it sent any, otherwise one finding of ours
    /// that says what was seen (never a token: <see cref="AnafError.Detail"/> holds none).
    /// </summary>
    public static InvoiceError Error(string code, AnafError error, string fix)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Messages.Count > 0
            ? Error(code, FromAnaf(error.Explanations))
            : Error(code, [Ours(code, $"{error.Kind}{(error.HttpStatus is { } status ? $" (HTTP {status})" : "")}: {error.Detail ?? "no detail"}", fix)]);
    }
}
