using BenchmarkDotNet.Attributes;
using Efactura.Core.Json;
using Efactura.Pdf;
using Efactura.Ubl;

namespace Efactura.Benchmarks;

/// <summary>
/// Our own PDF (Efactura.Pdf, what `efactura render` and the gateway's documents/pdf do): model + XML → PDF/A-3 bytes.
/// 3 lines is a typical invoice (one page); 100 and 1,000 lines show the cost per line (linear: pages are added as
/// the table fills them).
/// </summary>
[MemoryDiagnoser]
public class InvoicePdfBenchmarks
{
    private readonly InvoicePdfRenderer _renderer = new();
    private InvoicePdfInput _input = null!;

    /// <summary>Invoice lines.</summary>
    [Params(3, 100, 1000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parsed = InvoiceJson.Parse(SampleInvoices.Json(Lines));
        if (!parsed.IsSuccess) throw new InvalidOperationException(string.Join("\n", parsed.Findings));
        _input = new InvoicePdfInput
        {
            Invoice = parsed.Invoice!,
            Xml = new UblWriter().ToBytes(parsed.Invoice!),
            CreatedAt = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero),
        };
    }

    [Benchmark(Description = "model → PDF")]
    public byte[] Render() => _renderer.Render(_input);
}
