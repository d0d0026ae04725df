using Efactura.Core.Model;
using static Efactura.Core.Tests.Json.InvoiceJsonSamples;

namespace Efactura.Core.Tests.Json;

public sealed class ModelComparisonTests
{
    [Fact]
    public void The_comparison_used_by_the_round_trip_tests_sees_strings_deep_inside_arrays()
    {
        var invoice = ParseClean(MinimalNode());
        var line = invoice.Lines[0];
        var changed = invoice with { Lines = [line with { Item = line.Item with { Name = "Altceva" } }] };

        Should.Throw<ShouldAssertException>(() => changed.ShouldEqualModel(invoice)).Message.ShouldContain("Invoice.Lines[0].Item.Name");
        Should.Throw<ShouldAssertException>(() => (invoice with { Number = "X" }).ShouldEqualModel(invoice));
        Should.Throw<ShouldAssertException>(() => (invoice with { Notes = [new InvoiceNote("n")] }).ShouldEqualModel(invoice));
    }
}
