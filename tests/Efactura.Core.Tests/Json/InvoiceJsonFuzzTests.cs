using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Testing;
using FsCheck.Fluent;

namespace Efactura.Core.Tests.Json;

/// <summary>
/// Fuzzing the reader with the kept seed corpus (Json/FuzzSeeds) and hostile values (<see cref="JsonMutations"/>):
/// whatever the request, reading it gives findings, never an exception, and every refusal says where.
/// </summary>
public sealed class InvoiceJsonFuzzTests
{
    [Fact]
    public void Seed_requests_with_hostile_values_are_answered_with_findings_never_an_exception()
    {
        JsonMutations.SeedCount.ShouldBeGreaterThanOrEqualTo(4);
        var cases = Prop.ForAll(Arb.From(JsonMutations.Requests()), json =>
        {
            InvoiceJsonResult result;
            try
            {
                result = InvoiceJson.Parse(json);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"{e.GetType().Name}: {e.Message}{Environment.NewLine}case: {System.Text.Encoding.UTF8.GetString(json)}", e);
            }
            var unplaced = result.Findings.FirstOrDefault(f => f.Severity == Severity.Fatal && f.Field is null && f.Line is null);
            return unplaced is null ? true : throw new InvalidOperationException($"{unplaced.Code} says not where: {unplaced.Message}");
        });

        FsCheck.Check.One(JsonMutations.FixedSeed(1000), cases);
    }
}
