namespace Efactura.Anaf.Archives;

/// <summary>
/// What checking <c>semnatura_{N}.xml</c> found (DESIGN §5). Written on the wire as <c>verified</c>,
/// <c>unknown-signer</c> and <c>invalid</c> (<see cref="SignatureOutcomes.Name"/>).
/// </summary>
public enum SignatureOutcome
{
    /// <summary>The signature is valid, covers exactly the document, and was made by a pinned ANAF certificate valid at the signing time.</summary>
    Verified,

    /// <summary>The signature is valid and covers exactly the document, but its certificate is not one of ANAF's pinned certificates (or was not valid when it signed).</summary>
    UnknownSigner,

    /// <summary>The signature does not verify, does not cover the document, or cannot be read.</summary>
    Invalid,
}

/// <summary>The wire names of <see cref="SignatureOutcome"/>.</summary>
public static class SignatureOutcomes
{
    /// <summary><c>verified</c>, <c>unknown-signer</c> or <c>invalid</c>.</summary>
    public static string Name(this SignatureOutcome outcome) => outcome switch
    {
        SignatureOutcome.Verified => "verified",
        SignatureOutcome.UnknownSigner => "unknown-signer",
        _ => "invalid",
    };

    /// <summary>The outcome named <paramref name="name"/>, or null for any other text.</summary>
    public static SignatureOutcome? Parse(string? name) => name switch
    {
        "verified" => SignatureOutcome.Verified,
        "unknown-signer" => SignatureOutcome.UnknownSigner,
        "invalid" => SignatureOutcome.Invalid,
        _ => null,
    };
}
