using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Efactura.Simulator.Archives;

/// <summary>
/// The simulator's own signing certificate, self-signed and made at start-up, standing in for the Ministry
/// of Finance's (anaf-api.md §5.2). It signs nothing outside the simulator's own ZIPs.
/// </summary>
internal static class SimulatorCertificate
{
    /// <summary>The subject the simulator's ZIP signatures name.</summary>
    public const string Subject = "CN=ANAF SIMULATOR, OU=efactura, O=efactura simulator, L=Bucharest, C=RO";

    /// <summary>A new RSA-2048 certificate valid for a year around <paramref name="now"/>.</summary>
    public static X509Certificate2 Create(DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(Subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        // Round-trip through PKCS#12 so the private key is usable on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }
}
