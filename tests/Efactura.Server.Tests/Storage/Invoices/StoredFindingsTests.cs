using System.Text.Json;
using Efactura.Core.Findings;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Tests.Storage.Invoices;

/// <summary>An invoice's error findings as stored: the API's finding shape, byte for byte, readable back.</summary>
public sealed class StoredFindingsTests
{
    private static readonly Finding[] Findings =
    [
        new() { Code = "BR-RO-030", Severity = Severity.Fatal, Field = "/supplier/address/county", XPath = "/Invoice/cac:AccountingSupplierParty", Line = 12, Column = 4,
            Message = "The county is missing.", MessageRo = "Județul lipsește „aici”.", Fix = "Send county." },
        new() { Code = "EF-SIGNATURE-UNKNOWN", Severity = Severity.Warning, Message = "Signed by <another> certificate & not ours." },
    ];

    [Fact]
    public void The_stored_json_is_what_the_api_writes_for_the_same_findings()
    {
        var stored = StoredFindings.Write(Findings);

        stored.ShouldBe(JsonSerializer.Serialize(Findings.Select(ProblemFinding.From).ToList(), ApiProblem.Json));
        stored.ShouldContain("\"xPath\":\"/Invoice/cac:AccountingSupplierParty\"");
        stored.ShouldContain("Județul lipsește „aici”.");
        stored.ShouldContain("\"severity\":\"warning\"");
        stored.ShouldNotContain("\"field\":null");
    }

    [Fact]
    public void Stored_findings_read_back_as_they_were()
    {
        StoredFindings.Read(StoredFindings.Write(Findings)).ShouldBe(Findings);
    }

    [Theory]
    [InlineData("ANAF is unreachable")]
    [InlineData("""{"code":"X"}""")]
    [InlineData("""[{"severity":"fatal"}]""")]
    public void Details_that_are_not_a_list_of_findings_read_as_none(string details)
    {
        StoredFindings.Read(details).ShouldBeNull();
    }
}
