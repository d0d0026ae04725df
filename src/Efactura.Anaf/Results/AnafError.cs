using Efactura.Anaf.Messages;

namespace Efactura.Anaf.Results;

/// <summary>Why a call did not succeed, with ANAF's own text and its explanation when there is one.</summary>
public sealed record AnafError
{
    /// <summary>How it failed.</summary>
    public required AnafErrorKind Kind { get; init; }

    /// <summary>The HTTP status, when an answer arrived.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>ANAF's message(s), verbatim; for validare every <c>Messages[].message</c>.</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];

    /// <summary>The catalogue's explanation of each message, in the same order.</summary>
    public IReadOnlyList<AnafExplanation> Explanations => Messages.Select(AnafMessageCatalogue.Explain).ToList();

    /// <summary>The first message's explanation, or null when ANAF sent no text.</summary>
    public AnafExplanation? Explanation => Messages.Count == 0 ? null : AnafMessageCatalogue.Explain(Messages[0]);

    /// <summary>A short description for logs (never contains tokens).</summary>
    public string? Detail { get; init; }

    /// <summary>The beginning of the body, for diagnosis of unexpected answers.</summary>
    public string? BodyExcerpt { get; init; }

    /// <summary>True for a daily limit, by the catalogue or the local limiter.</summary>
    public bool IsDailyLimit => Kind == AnafErrorKind.QuotaExhausted || Explanation?.Category == AnafMessageCategory.DailyLimit;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind}{(HttpStatus is { } s ? $" (HTTP {s})" : "")}: {(Messages.Count > 0 ? string.Join(" | ", Messages) : Detail)}";
}
