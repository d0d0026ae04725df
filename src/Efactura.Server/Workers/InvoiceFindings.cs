using System.Text.Json;
using Efactura.Anaf.Messages;
using Efactura.Anaf.Results;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Workers;

/// <summary>
/// Builds the <c>error_details</c> of an invoice: a JSON array of findings in the API's shape (DESIGN §4.2,
/// <see cref="ProblemFinding"/>), ANAF's messages translated by <see cref="AnafMessageCatalogue"/>, all of them.
/// </summary>
public static class InvoiceFindings
{
    /// <summary>One finding per ANAF message: the catalogue's code, English explanation and fix, ANAF's Romanian text.</summary>
    public static IReadOnlyList<ProblemFinding> FromAnaf(IEnumerable<AnafExplanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        return explanations.Select(e => new ProblemFinding(e.Code, "fatal", null, null, null, null, e.Explanation, e.Original, e.Fix)).ToList();
    }

    /// <summary>A finding of ours (<c>EF-…</c>) with what happened and what to do.</summary>
    public static ProblemFinding Ours(string code, string message, string fix, string severity = "fatal") =>
        new(code, severity, null, null, null, null, message, null, fix);

    /// <summary>The error to record: <paramref name="code"/> with <paramref name="findings"/> as JSON.</summary>
    public static InvoiceError Error(string code, IEnumerable<ProblemFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new InvoiceError(code, JsonSerializer.Serialize(findings.ToList(), ApiProblem.Json));
    }

    /// <summary>The error to record for one finding of ours.</summary>
    public static InvoiceError Error(string code, string message, string fix, string severity = "fatal") => Error(code, [Ours(code, message, fix, severity)]);

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
