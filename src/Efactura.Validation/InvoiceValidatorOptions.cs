namespace Efactura.Validation;

/// <summary>Limits the validator applies to what it reads.</summary>
public sealed record InvoiceValidatorOptions
{
    /// <summary>
    /// The largest document accepted, in characters. Default 10,485,760 (10 MiB), ANAF's upload limit.
    /// A larger document gives the finding EF-XML-TOO-LARGE.
    /// </summary>
    public long MaxDocumentCharacters { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// Whether to check the document against the UBL 2.1 schema structure (element order and occurrences, unknown
    /// elements, attributes, value formats), reporting the JDK validator's ids (cvc-...) before the rules' findings.
    /// Default true.
    /// </summary>
    public bool CheckStructure { get; init; } = true;
}
