using Efactura.Anaf.Messages;
using Efactura.Anaf.Results;
using Efactura.Validation;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>Prints what ANAF said, verbatim, with the catalogue's code, English explanation and fix.</summary>
internal static class AnafErrorPrinter
{
    // ANAF names the official rule; the project's validator knows what each one means and how to fix it.
    private static readonly Lazy<IReadOnlyDictionary<string, RuleDescription>> Rules =
        new(() => InvoiceValidator.Rules(ValidationProfile.CiusRo).ToDictionary(r => r.Id, StringComparer.Ordinal));

    /// <summary>One failed call.</summary>
    public static async Task PrintAsync(TextWriter writer, AnafError error)
    {
        var status = error.HttpStatus is { } s ? $" (HTTP {s})" : "";
        await writer.WriteLineAsync($"efactura: {Describe(error.Kind)}{status}{(error.Messages.Count == 0 && error.Detail is not null ? ": " + error.Detail : "")}");
        await PrintAsync(writer, error.Explanations);
    }

    /// <summary>ANAF's messages (validare, the error file), each explained.</summary>
    public static async Task PrintAsync(TextWriter writer, IEnumerable<AnafExplanation> explanations)
    {
        foreach (var explanation in explanations)
        {
            var rule = explanation.Category == AnafMessageCategory.InvalidDocument ? Rules.Value.GetValueOrDefault(explanation.Code) : null;
            await writer.WriteLineAsync($"  {explanation.Code}: {explanation.Original.Trim()}");
            await writer.WriteLineAsync($"          {(rule is null ? explanation.Explanation : rule.Message)}");
            await writer.WriteLineAsync($"          fix: {rule?.Fix ?? explanation.Fix}");
        }
    }

    private static string Describe(AnafErrorKind kind) => kind switch
    {
        AnafErrorKind.Refused => "ANAF refused the request",
        AnafErrorKind.BadRequest => "ANAF rejected the request as malformed",
        AnafErrorKind.Forbidden => "ANAF refused the token (missing, invalid or expired: log in again)",
        AnafErrorKind.NotFound => "no such address at ANAF",
        AnafErrorKind.TooManyRequests => "too many calls: ANAF's limit per minute is used up",
        AnafErrorKind.ServerError => "ANAF failed (server error) after the retries",
        AnafErrorKind.Firewall => "ANAF's firewall rejected the request",
        AnafErrorKind.UnexpectedBody => "ANAF answered something unexpected",
        AnafErrorKind.UnexpectedStatus => "ANAF answered with an unexpected status",
        AnafErrorKind.Timeout => "no answer from ANAF in time",
        AnafErrorKind.Network => "cannot reach ANAF",
        AnafErrorKind.QuotaExhausted => "the daily limit for this would be exceeded",
        AnafErrorKind.InvalidGrant => "ANAF no longer accepts the login: log in again",
        AnafErrorKind.OAuth => "ANAF's login server refused",
        AnafErrorKind.InvalidArchive => "the ZIP is not one ANAF sends",
        AnafErrorKind.NoContent => "ANAF answered with no content (possibly a request limit)",
        _ => kind.ToString(),
    };
}
