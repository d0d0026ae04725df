namespace Efactura.Anaf.Archives;

/// <summary>The result of checking <c>semnatura_{N}.xml</c> against <c>{N}.xml</c>.</summary>
/// <param name="IsValid">The signature is mathematically valid and covers exactly the document.</param>
/// <param name="Form">Enveloped or detached.</param>
/// <param name="Signer">The embedded certificate, when there is one.</param>
/// <param name="Failure">Why it is not valid.</param>
public sealed record SignatureVerification(bool IsValid, SignatureForm Form, SignerCertificate? Signer, string? Failure);
