using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Efactura.Anaf.Archives;

/// <summary>The certificate embedded in a signature, described; trusting it is the caller's decision.</summary>
/// <param name="Subject">Subject distinguished name.</param>
/// <param name="Issuer">Issuer distinguished name.</param>
/// <param name="SerialNumber">Serial number, hex.</param>
/// <param name="Thumbprint">SHA-1 thumbprint, hex.</param>
/// <param name="NotBefore">Start of validity, UTC.</param>
/// <param name="NotAfter">End of validity, UTC.</param>
public sealed record SignerCertificate(string Subject, string Issuer, string SerialNumber, string Thumbprint, DateTime NotBefore, DateTime NotAfter)
{
    /// <summary>SHA-256 thumbprint, upper-case hex: what <see cref="AnafSigners"/> pins.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>The description of <paramref name="certificate"/>.</summary>
    public static SignerCertificate From(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new(certificate.Subject, certificate.Issuer, certificate.SerialNumber, certificate.Thumbprint,
            certificate.NotBefore.ToUniversalTime(), certificate.NotAfter.ToUniversalTime())
        {
            Sha256 = certificate.GetCertHashString(HashAlgorithmName.SHA256),
        };
    }
}
