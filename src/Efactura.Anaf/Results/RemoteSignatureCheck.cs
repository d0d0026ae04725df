namespace Efactura.Anaf.Results;

/// <summary>ANAF's verdict on a document and its signature (anaf-api.md §6.3).</summary>
/// <param name="IsValid">The <c>msg</c> says the files were validated.</param>
/// <param name="Message">The <c>msg</c>, verbatim.</param>
public sealed record RemoteSignatureCheck(bool IsValid, string Message);
