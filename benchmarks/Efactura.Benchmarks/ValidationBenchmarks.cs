using BenchmarkDotNet.Attributes;
using Efactura.Validation;

namespace Efactura.Benchmarks;

/// <summary>
/// The native validator on one document per operation: typical invoices (an example and ANAF's own B2G example),
/// the 1,000-line example, generated 1,000- and 10,000-line invoices (cost per line), in both profiles.
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
public class ValidationBenchmarks
{
    private readonly InvoiceValidator validator = new();
    private byte[] xml = [];

    /// <summary>The document validated.</summary>
    [Params("01-b2b-ron-21", "ubl_b2g_example1", "21-wholesale-1000-lines", "generated-1000-lines", "generated-10000-lines")]
    public string Document { get; set; } = "";

    /// <summary>The rule set.</summary>
    [Params(ValidationProfile.CiusRo, ValidationProfile.En16931)]
    public ValidationProfile Profile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        xml = Document switch
        {
            "ubl_b2g_example1" => BenchmarkFiles.CorpusFile("ciusro-anaf/ubl_b2g_example1.xml"),
            "generated-1000-lines" => BenchmarkFiles.Generated(1_000),
            "generated-10000-lines" => BenchmarkFiles.Generated(10_000),
            var example => BenchmarkFiles.Example(example),
        };
        WarmUp.For(TimeSpan.FromSeconds(4), () => Validate());
    }

    [Benchmark(Description = "validate")]
    public int Validate() => validator.Validate(xml, Profile).Findings.Count;
}

/// <summary>The native validator over every XSD-valid document of the shared corpus, one operation = the whole corpus.</summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
public class CorpusValidationBenchmarks
{
    private readonly InvoiceValidator validator = new();
    private IReadOnlyList<byte[]> corpus = [];

    /// <summary>The rule set.</summary>
    [Params(ValidationProfile.CiusRo, ValidationProfile.En16931)]
    public ValidationProfile Profile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        corpus = BenchmarkFiles.ValidCorpus();
        WarmUp.For(TimeSpan.FromSeconds(4), () => ValidateCorpus());
    }

    [Benchmark(Description = "validate corpus")]
    public int ValidateCorpus()
    {
        var findings = 0;
        foreach (var xml in corpus) findings += validator.Validate(xml, Profile).Findings.Count;
        return findings;
    }
}
