using Efactura.Anaf.Messages;

namespace Efactura.Anaf.Results;

/// <summary>validare's verdict (anaf-api.md §6.1).</summary>
/// <param name="IsValid"><c>stare</c> is ok.</param>
/// <param name="Messages"><c>Messages[].message</c>, verbatim.</param>
/// <param name="TraceId"><c>trace_id</c>.</param>
public sealed record ValidationReport(bool IsValid, IReadOnlyList<string> Messages, string TraceId)
{
    /// <summary>Each message explained.</summary>
    public IReadOnlyList<AnafExplanation> Explanations => Messages.Select(AnafMessageCatalogue.Explain).ToList();
}
