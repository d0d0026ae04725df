namespace Efactura.Validation;

/// <summary>Limits the validator applies to what it reads.</summary>
public sealed record InvoiceValidatorOptions
{
    /// <summary>
    /// The largest document accepted, in characters. Default 10,485,760 (10 MiB), ANAF's upload limit.
    /// A larger document gives the finding EF-XML-TOO-LARGE.
    /// </summary>
    public long MaxDocumentCharacters { get; init; } = 10 * 1024 * 1024;
}
