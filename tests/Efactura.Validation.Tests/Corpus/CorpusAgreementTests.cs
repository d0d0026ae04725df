using Efactura.Testing;
using Efactura.Validation.Tests.Corpus;

namespace Efactura.Validation.Tests.Corpus;

/// <summary>
/// The validator agrees with the official Schematron on the shared corpus: the same set of fired
/// <c>rule:flag</c> on every XSD-valid document, and every CEN unit fragment's scope claim.
/// </summary>
public sealed class CorpusAgreementTests
{
    private static readonly ValidationProfile[] Profiles = [ValidationProfile.CiusRo, ValidationProfile.En16931];
    // Own warnings (EF-...) are not the official validators'; the comparison leaves them out.
    private readonly InvoiceValidator validator = new(new InvoiceValidatorOptions { OwnWarnings = false });

    [Fact]
    public void Fired_rules_match_the_official_validators_on_every_valid_document()
    {
        var corpus = TestPaths.Corpus;
        var disagreements = new List<Disagreement>();
        var agreeing = Profiles.ToDictionary(p => p, _ => 0);
        var rows = ExpectedRow.Load(corpus).Where(r => r.Xsd == "VALID").ToList();
        foreach (var row in rows)
        {
            foreach (var profile in Profiles)
            {
                var fired = Fired(Path.Combine(corpus, row.File), profile);
                var expected = row.Fired(profile);
                if (fired.SetEquals(expected))
                {
                    agreeing[profile]++;
                    continue;
                }
                disagreements.Add(new Disagreement(row.File, Name(profile), Difference(expected, fired)));
            }
        }
        TestContext.Current.SendDiagnosticMessage(string.Join(", ", agreeing.Select(a => $"{Name(a.Key)} {a.Value}/{rows.Count}")));
        Compare(disagreements, "fired");
    }

    [Fact]
    public void Every_unit_fragment_fires_or_spares_the_rule_it_tests()
    {
        var corpus = TestPaths.Corpus;
        var disagreements = new List<Disagreement>();
        var rows = ExpectedRow.Load(corpus).Where(r => r.Scope.Length > 0).ToList();
        foreach (var row in rows)
        {
            var (kind, rule) = ParseScope(row.Scope);
            foreach (var profile in Profiles)
            {
                if (!row.ScopeHolds(profile)) continue;
                var fired = Fired(Path.Combine(corpus, row.File), profile).Select(f => f[..f.LastIndexOf(':')]).ToHashSet();
                var agrees = kind == "success" ? !fired.Contains(rule) : fired.Contains(rule);
                if (!agrees) disagreements.Add(new Disagreement(row.File, Name(profile), $"{row.Scope}: {(kind == "success" ? "fired" : "did not fire")}"));
            }
        }
        Compare(disagreements, "scope");
    }

    [Fact]
    public void Every_implemented_rule_agrees_on_every_document_including_fragments()
    {
        var corpus = TestPaths.Corpus;
        var disagreements = new List<Disagreement>();
        foreach (var row in ExpectedRow.Load(corpus))
        {
            foreach (var profile in Profiles)
            {
                var implemented = InvoiceValidator.Rules(profile).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                bool Implemented(string fired) => implemented.Contains(fired[..fired.LastIndexOf(':')]);
                var fired = Fired(Path.Combine(corpus, row.File), profile);
                var expected = row.Fired(profile).Where(Implemented).ToHashSet(StringComparer.Ordinal);
                if (!fired.SetEquals(expected)) disagreements.Add(new Disagreement(row.File, Name(profile), Difference(expected, fired)));
            }
        }
        Compare(disagreements, "implemented");
    }

    private HashSet<string> Fired(string path, ValidationProfile profile)
    {
        using var stream = File.OpenRead(path);
        // The schema's findings (cvc-...) are compared with the xsd column by StructureAgreementTests.
        return validator.Validate(stream, profile).Findings
            .Where(f => !f.Code.StartsWith("cvc-", StringComparison.Ordinal))
            .Select(f => $"{f.Code}:{f.Severity.ToString().ToLowerInvariant()}")
            .ToHashSet(StringComparer.Ordinal);
    }

    private static (string Kind, string Rule) ParseScope(string scope)
    {
        var colon = scope.IndexOf(':', StringComparison.Ordinal);
        var rule = scope[(colon + 1)..];
        var hash = rule.IndexOf('#', StringComparison.Ordinal);
        return (scope[..colon], hash < 0 ? rule : rule[..hash]);
    }

    private static string Difference(IReadOnlySet<string> expected, IReadOnlySet<string> fired)
    {
        var missing = expected.Except(fired).Order(StringComparer.Ordinal).ToList();
        var extra = fired.Except(expected).Order(StringComparer.Ordinal).ToList();
        return string.Join("; ", new[] { missing.Count > 0 ? "missing " + string.Join(' ', missing) : null, extra.Count > 0 ? "extra " + string.Join(' ', extra) : null }.OfType<string>());
    }

    private static string Name(ValidationProfile profile) => profile == ValidationProfile.CiusRo ? "ciusro" : "en16931";

    private static void Compare(List<Disagreement> disagreements, string check)
    {
        if (KnownDisagreements.Rewrite)
        {
            KnownDisagreements.Save(disagreements, check);
            return;
        }
        var known = KnownDisagreements.Load().Where(k => k.Key.Check == check).ToDictionary(k => (k.Key.File, k.Key.Profile), k => k.Value);
        var unexpected = disagreements.Where(d => !known.ContainsKey((d.File, d.Profile))).ToList();
        var nowAgreeing = known.Keys.Except(disagreements.Select(d => (d.File, d.Profile))).ToList();
        var problems = unexpected.Select(d => $"new disagreement: {d.File} [{d.Profile}] {d.Reason}")
            .Concat(nowAgreeing.Select(k => $"agrees now, remove from {KnownDisagreements.FileName}: {k.File} [{k.Profile}]"))
            .ToList();
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems.Take(60)));
    }
}
