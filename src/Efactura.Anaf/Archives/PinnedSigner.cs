using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Efactura.Anaf.Archives;

/// <summary>
/// A certificate ANAF signs downloads with, pinned by its SHA-256 thumbprint: a signature counts as ANAF's only
/// when its embedded certificate is byte for byte one of these and the signing time lies in its validity.
/// </summary>
/// <param name="Name">Who signs with it, for people: "ANAF TEST", "ANAF (Ministerul Finantelor Publice)".</param>
/// <param name="Certificate">The certificate's DER bytes.</param>
public sealed record PinnedSigner(string Name, byte[] Certificate)
{
    /// <summary>The SHA-256 of <see cref="Certificate"/>, upper-case hex.</summary>
    public string Sha256 { get; } = Convert.ToHexString(SHA256.HashData(Certificate ?? throw new ArgumentNullException(nameof(Certificate))));

    /// <summary>Start of validity, UTC.</summary>
    public DateTimeOffset NotBefore { get; } = Load(Certificate).NotBefore;

    /// <summary>End of validity, UTC.</summary>
    public DateTimeOffset NotAfter { get; } = Load(Certificate).NotAfter;

    /// <summary>True when <paramref name="instant"/> lies within the certificate's validity.</summary>
    public bool ValidAt(DateTimeOffset instant) => instant >= NotBefore && instant <= NotAfter;

    /// <summary>A pinned signer from a PEM or DER certificate.</summary>
    public static PinnedSigner From(string name, byte[] pemOrDer)
    {
        ArgumentNullException.ThrowIfNull(pemOrDer);
        using var certificate = X509CertificateLoader.LoadCertificate(pemOrDer);
        return new PinnedSigner(name, certificate.RawData);
    }

    private static (DateTimeOffset NotBefore, DateTimeOffset NotAfter) Load(byte[] der)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        return (new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero), new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero));
    }

    /// <inheritdoc />
    public bool Equals(PinnedSigner? other) => other is not null && other.Sha256 == Sha256;

    /// <inheritdoc />
    public override int GetHashCode() => Sha256.GetHashCode(StringComparison.Ordinal);
}
