using System.Text;
using Efactura.Testing;
using Efactura.Validation.Tests.Corpus;

namespace Efactura.Validation.Tests.Mutations;

/// <summary>
/// Single-field mutations of the examples (see <see cref="MutationKinds"/>) fire exactly the official rules
/// the official validators fire on the same bytes, whose verdicts are committed in mutation-verdicts.tsv.
/// Compared by <c>id:flag</c> over the official rule ids; on XSD-invalid mutations only the Schematron part
/// is compared (the structural checks are reported separately); where the official Schematron stops with a
/// dynamic error (a non-numeric amount, two values where one is read), an XSD-valid document must at least be
/// rejected by a fatal rule (an XSD-invalid one is rejected by the structural checks). EFACTURA_WRITE_MUTATIONS=DIR writes the
/// mutations as files for check-with-oracle.sh instead of comparing.
/// </summary>
public sealed class MutationAgreementTests
{
    private const string Check = "mutation";
    private static readonly ValidationProfile[] Profiles = [ValidationProfile.CiusRo, ValidationProfile.En16931];
    private static readonly Lazy<IReadOnlyList<Mutation>> Generated = new(() => MutationGenerator.Generate(TestPaths.Examples));
    private static readonly HashSet<string> OfficialIds = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "official-rule-ids.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t')[0])
        .ToHashSet(StringComparer.Ordinal);

    private readonly InvoiceValidator validator = new();

    [Fact]
    public void Every_mutation_has_the_official_verdict_on_its_exact_bytes()
    {
        if (Environment.GetEnvironmentVariable("EFACTURA_WRITE_MUTATIONS") is { Length: > 0 } folder)
        {
            Write(folder);
            Assert.Skip($"mutations written to {folder} for the oracle");
        }
        var verdicts = OracleVerdict.Load();
        var problems = new List<string>();
        foreach (var mutation in Generated.Value)
        {
            if (!verdicts.TryGetValue(mutation.Id, out var verdict)) problems.Add($"{mutation.Id}: no verdict");
            else if (verdict.Sha256 != mutation.Sha256) problems.Add($"{mutation.Id}: the XML changed since the oracle ran");
        }
        problems.AddRange(verdicts.Keys.Except(Generated.Value.Select(m => m.Id)).Select(id => $"{id}: verdict for a mutation no longer generated"));
        problems.ShouldBeEmpty("run tests/Efactura.Validation.Tests/Mutations/check-with-oracle.sh:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(40)));
    }

    [Fact]
    public void At_least_200_mutations_touch_every_rule_family()
    {
        var verdicts = OracleVerdict.Load().Values.ToList();
        verdicts.Count.ShouldBeGreaterThanOrEqualTo(200);
        var fired = verdicts.SelectMany(v => (v.CiusRoFired ?? Enumerable.Empty<string>()).Concat(v.En16931Fired ?? Enumerable.Empty<string>())).Select(f => f[..f.LastIndexOf(':')]).ToHashSet(StringComparer.Ordinal);
        string[] families = ["BR-RO-0", "BR-RO-1", "BR-RO-2", "BR-RO-L", "BR-RO-A", "BR-RO-DT", "BR-0", "BR-1", "BR-2", "BR-3", "BR-4", "BR-5", "BR-6",
            "BR-CO-", "BR-DEC-", "BR-DEC-RO-", "BR-CL-", "BR-S-", "BR-Z-", "BR-E-", "BR-AE-", "BR-IC-", "BR-G-", "BR-O-", "UBL-CR-", "UBL-SR-", "UBL-DT-"];
        families.Where(f => !fired.Any(id => id.StartsWith(f, StringComparison.Ordinal))).ShouldBeEmpty();
        verdicts.Any(v => !v.XsdValid).ShouldBeTrue("some mutations break the schema");
        verdicts.Any(v => v.XsdValid && v.CiusRoFired is { Count: 0 }).ShouldBeTrue("some mutations are accepted by ANAF's rules");
    }

    [Fact]
    public void Fired_rules_match_the_official_validators_on_every_mutation()
    {
        var verdicts = OracleVerdict.Load();
        var disagreements = new List<Disagreement>();
        var agreeing = 0;
        foreach (var mutation in Generated.Value)
        {
            if (!verdicts.TryGetValue(mutation.Id, out var verdict) || verdict.Sha256 != mutation.Sha256) continue;
            foreach (var profile in Profiles)
            {
                var fired = Fired(mutation, profile);
                var expected = verdict.Fired(profile);
                if (expected is null ? Rejected(verdict, fired) : fired.SetEquals(expected))
                {
                    agreeing++;
                    continue;
                }
                var reason = expected is null ? "the official Schematron stops with an error on this XSD-valid document, and no fatal rule fired here" : Difference(expected, fired);
                disagreements.Add(new Disagreement(mutation.Id, Name(profile), reason + (verdict.XsdValid ? "" : " (XSD-invalid)")));
            }
        }
        TestContext.Current.SendDiagnosticMessage($"mutations: {agreeing} of {Generated.Value.Count * Profiles.Length} (mutation, profile) pairs agree");
        Compare(disagreements);
    }

    [Fact]
    public void The_structural_check_gives_the_xsd_verdict_of_every_mutation()
    {
        var verdicts = OracleVerdict.Load();
        var disagreements = new List<string>();
        foreach (var mutation in Generated.Value)
        {
            if (!verdicts.TryGetValue(mutation.Id, out var verdict) || verdict.Sha256 != mutation.Sha256) continue;
            var schemaErrors = validator.Validate(mutation.Xml).Findings.Where(f => f.Code.StartsWith("cvc-", StringComparison.Ordinal)).ToList();
            if (schemaErrors.Count == 0 == verdict.XsdValid) continue;
            disagreements.Add(verdict.XsdValid
                ? $"{mutation.Id}: the JDK found it XSD-valid, we report {schemaErrors[0]}"
                : $"{mutation.Id}: the JDK found it XSD-invalid, we report no schema error");
        }
        disagreements.ShouldBeEmpty();
    }

    private static bool Rejected(OracleVerdict verdict, HashSet<string> fired) =>
        !verdict.XsdValid || fired.Any(f => f.EndsWith(":fatal", StringComparison.Ordinal));

    private HashSet<string> Fired(Mutation mutation, ValidationProfile profile) =>
        validator.Validate(mutation.Xml, profile).Findings
            .Where(f => OfficialIds.Contains(f.Code))
            .Select(f => $"{f.Code}:{f.Severity.ToString().ToLowerInvariant()}")
            .ToHashSet(StringComparer.Ordinal);

    private static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var manifest = new StringBuilder("id\tsha256\tdescription\n");
        foreach (var mutation in Generated.Value)
        {
            File.WriteAllBytes(Path.Combine(folder, mutation.Id + ".xml"), mutation.Xml);
            manifest.Append(mutation.Id).Append('\t').Append(mutation.Sha256).Append('\t').Append(mutation.Description).Append('\n');
        }
        File.WriteAllText(Path.Combine(folder, "manifest.tsv"), manifest.ToString());
    }

    private static string Difference(IReadOnlySet<string> expected, IReadOnlySet<string> fired)
    {
        var missing = expected.Except(fired).Order(StringComparer.Ordinal).ToList();
        var extra = fired.Except(expected).Order(StringComparer.Ordinal).ToList();
        return string.Join("; ", new[] { missing.Count > 0 ? "missing " + string.Join(' ', missing) : null, extra.Count > 0 ? "extra " + string.Join(' ', extra) : null }.OfType<string>());
    }

    private static string Name(ValidationProfile profile) => profile == ValidationProfile.CiusRo ? "ciusro" : "en16931";

    /// <summary>The known-disagreements mechanism of the corpus tests, with check = mutation: the list can only shrink.</summary>
    private static void Compare(List<Disagreement> disagreements)
    {
        if (KnownDisagreements.Rewrite)
        {
            KnownDisagreements.Save(disagreements, Check);
            return;
        }
        var known = KnownDisagreements.Load().Where(k => k.Key.Check == Check).ToDictionary(k => (k.Key.File, k.Key.Profile), k => k.Value);
        var problems = disagreements.Where(d => !known.ContainsKey((d.File, d.Profile))).Select(d => $"new disagreement: {d.File} [{d.Profile}] {d.Reason}")
            .Concat(known.Keys.Except(disagreements.Select(d => (d.File, d.Profile))).Select(k => $"agrees now, remove from {KnownDisagreements.FileName}: {k.File} [{k.Profile}]"))
            .ToList();
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems.Take(80)));
    }
}
