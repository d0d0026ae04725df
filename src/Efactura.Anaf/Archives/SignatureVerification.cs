namespace Efactura.Anaf.Archives;

/// <summary>The result of checking <c>semnatura_{N}.xml</c> against <c>{N}.xml</c>.</summary>
/// <param name="Outcome">Verified, unknown signer, or invalid.</param>
/// <param name="Form">Enveloped or detached.</param>
/// <param name="Signer">The embedded certificate, when there is one.</param>
/// <param name="Failure">Why the outcome is not <see cref="SignatureOutcome.Verified"/>; null when it is.</param>
public sealed record SignatureVerification(SignatureOutcome Outcome, SignatureForm Form, SignerCertificate? Signer, string? Failure)
{
    /// <summary>The signature is mathematically valid and covers exactly the document, whoever signed it.</summary>
    public bool IsValid => Outcome != SignatureOutcome.Invalid;

    /// <summary>The pinned ANAF certificate that signed, when the outcome is <see cref="SignatureOutcome.Verified"/>.</summary>
    public PinnedSigner? PinnedSigner { get; init; }

    /// <summary>When the signature was made, as far as the ZIP says (its entry time); the certificate was judged at this instant.</summary>
    public DateTimeOffset? SignedAt { get; init; }

    /// <summary>
    /// True when the enveloped signature verified only after undoing ANAF's test-environment formatting (a line
    /// break before <c>Signature</c> and line breaks between <c>SignedInfo</c>'s elements, added after signing).
    /// </summary>
    public bool FormattingUndone { get; init; }
}
