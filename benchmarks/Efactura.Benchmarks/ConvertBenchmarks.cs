using BenchmarkDotNet.Attributes;
using Efactura.Core.Json;
using Efactura.Core.Model;
using Efactura.Ubl;

namespace Efactura.Benchmarks;

/// <summary>JSON → model → UBL XML (what `efactura convert` and the gateway's create do) and XML → model.</summary>
[MemoryDiagnoser]
public class ConvertBenchmarks
{
    private byte[] _json = [];
    private byte[] _xml = [];
    private Invoice _invoice = null!;
    private readonly UblWriter _writer = new();
    private readonly UblReader _reader = new();

    /// <summary>Invoice lines.</summary>
    [Params(10, 1000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = SampleInvoices.Json(Lines);
        var parsed = InvoiceJson.Parse(_json);
        if (!parsed.IsSuccess) throw new InvalidOperationException(string.Join("\n", parsed.Findings));
        _invoice = parsed.Invoice!;
        _xml = _writer.ToBytes(_invoice);
    }

    [Benchmark(Description = "JSON → XML")]
    public byte[] JsonToXml() => _writer.ToBytes(InvoiceJson.Parse(_json).Invoice!);

    [Benchmark(Description = "JSON → model")]
    public Invoice JsonToModel() => InvoiceJson.Parse(_json).Invoice!;

    [Benchmark(Description = "model → XML")]
    public byte[] ModelToXml() => _writer.ToBytes(_invoice);

    [Benchmark(Description = "XML → model")]
    public Invoice XmlToModel() => _reader.Read(new MemoryStream(_xml, writable: false));
}
