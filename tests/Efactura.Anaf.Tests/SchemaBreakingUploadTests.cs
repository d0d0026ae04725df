using System.Text;
using Efactura.Anaf.Results;
using Efactura.Simulator;
using Efactura.Simulator.Rules;
using Efactura.Testing;

namespace Efactura.Anaf.Tests;

/// <summary>An upload ANAF takes but drops for breaking the UBL schema: stareMesaj <c>XML cu erori nepreluat de sistem</c>.</summary>
public sealed class SchemaBreakingUploadTests : ClientTest
{
    protected override SimulatorOptions ConfigureSimulator(SimulatorOptions options) => options with { Rules = new CiusRoInvoiceRules() };

    [Fact]
    public async Task An_upload_that_breaks_the_UBL_schema_is_reported_not_taken_final_and_without_a_download()
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"))
            .Replace("<cbc:IssueDate>", "<cbc:Unknown>x</cbc:Unknown><cbc:IssueDate>", StringComparison.Ordinal);
        var index = await UploadAsync(Encoding.UTF8.GetBytes(xml));
        Clock.Advance(TimeSpan.FromMinutes(1));

        var status = (await Client.GetStatusAsync(index, Cancel)).Value!;

        status.ShouldBe(new MessageStatus(MessageState.NotTaken, null));
        status.IsFinal.ShouldBeTrue();
    }
}
