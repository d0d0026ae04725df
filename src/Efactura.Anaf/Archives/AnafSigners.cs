namespace Efactura.Anaf.Archives;

/// <summary>
/// The certificates whose signatures count as ANAF's (DESIGN §5): the ones in <c>Certificates/</c> (see its
/// README for where each comes from), per environment, plus any an operator adds (a renewal seen before this
/// library knows it).
/// </summary>
public sealed class AnafSigners
{
    private const string MinistryOfFinance = "ANAF (Ministerul Finantelor Publice)";

    private readonly Dictionary<string, PinnedSigner> _bySha256;

    private AnafSigners(IEnumerable<PinnedSigner> signers) =>
        _bySha256 = signers.DistinctBy(s => s.Sha256).ToDictionary(s => s.Sha256, StringComparer.Ordinal);

    /// <summary>The self-signed <c>CN=ANAF TEST</c> certificate of ANAF's test environment (valid 2021-04-14 to 2031-04-12).</summary>
    public static AnafSigners Test { get; } = new([Embedded("ANAF TEST", "anaf-test-2021-04-14.pem")]);

    /// <summary>
    /// The Ministry of Finance's production certificates issued by DigiSign Qualified CA Class 3 2017, each judged
    /// at the time it signed: valid 2020-12-02 to 2021-12-02, 2021-11-26 to 2023-11-26 and 2023-11-22 to
    /// 2025-11-21. Its 2025 renewal is not public yet: add it with <see cref="With"/>.
    /// </summary>
    public static AnafSigners Production { get; } = new(
    [
        Embedded(MinistryOfFinance, "mfp-2020-12-02.pem"),
        Embedded(MinistryOfFinance, "mfp-2021-11-26.pem"),
        Embedded(MinistryOfFinance, "mfp-2023-11-22.pem"),
    ]);

    /// <summary>Every pinned certificate of both environments (for a ZIP of unknown origin, as <c>efactura anaf verify</c> reads).</summary>
    public static AnafSigners Any { get; } = new(Test.Pinned.Concat(Production.Pinned));

    /// <summary>No certificate: every valid signature is an unknown signer's.</summary>
    public static AnafSigners None { get; } = new([]);

    /// <summary>The pinned certificates.</summary>
    public IReadOnlyCollection<PinnedSigner> Pinned => _bySha256.Values;

    /// <summary>These certificates and <paramref name="signers"/>.</summary>
    public AnafSigners With(params IEnumerable<PinnedSigner> signers) => new(Pinned.Concat(signers));

    /// <summary>The pinned signer whose certificate has the SHA-256 thumbprint <paramref name="sha256"/> (hex), or null.</summary>
    public PinnedSigner? Find(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        return _bySha256.GetValueOrDefault(sha256.ToUpperInvariant());
    }

    private static PinnedSigner Embedded(string name, string file)
    {
        using var stream = typeof(AnafSigners).Assembly.GetManifestResourceStream("Efactura.Anaf.Certificates." + file)
            ?? throw new InvalidOperationException($"the pinned certificate {file} is not embedded");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PinnedSigner.From(name, buffer.ToArray());
    }
}
