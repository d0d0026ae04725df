using Efactura.Core.Findings;
using Efactura.Validation;

namespace Efactura.Simulator.Rules;

/// <summary>
/// ANAF's processing checks through the project's validator: every rule of CIUS-RO 1.0.9 (ANAF's copy of
/// EN 16931 plus the BR-RO rules). Each fatal finding becomes one error of the <c>nok</c> error file in the
/// form validare uses, <c>E: validari globale  SCHEMATRON   eroare: [BR-CO-16]-…</c> (anaf-api.md §6.1).
/// The text after the rule id is the validator's own description, not ANAF's assertion text; for BR-RO rules
/// it is Romanian, <c>#</c>, English, the shape of ANAF's RO16931-rules.sch messages. Warnings never reject.
/// A document that breaks the UBL 2.1 schema (a structure finding, <c>cvc-…</c>) is not judged by the rules at
/// all: ANAF drops it, stareMesaj <c>XML cu erori nepreluat de sistem</c>, with no error file to download
/// (anaf-api.md §3: "Eroarea s-a primit ca raspuns la request"). An upload whose root is not a UBL document is
/// refused at the upload itself, as ANAF's SAXParseException answer shows (anaf-api.md §2.2).
/// A CII document (<c>standard=CII</c>) is judged the way the validator judges CII: read into the model and the same
/// CIUS-RO rules run on it (CII's own syntax rule set does not run); one the model cannot read (a date not in format
/// 102, an amount that is no number) is not taken, as a schema error is.
/// </summary>
/// <param name="validator">The validator; a new one when null. It is thread-safe, so one serves every request.</param>
public sealed class CiusRoInvoiceRules(InvoiceValidator? validator = null) : IInvoiceRules
{
    private readonly InvoiceValidator _validator = validator ?? new InvoiceValidator();

    /// <inheritdoc />
    public InvoiceVerdict Check(ReadOnlyMemory<byte> document, UploadStandard standard)
    {
        // Buyer messages are not invoices: they pass.
        if (standard is not (UploadStandard.UBL or UploadStandard.CN or UploadStandard.CII)) return InvoiceVerdict.Accepted;
        var fatal = _validator.Validate(document.Span, ValidationProfile.CiusRo).Findings.Where(f => f.Severity == Severity.Fatal).ToList();
        if (fatal.Any(IsSchemaError) || (standard == UploadStandard.CII && fatal.Any(IsUnreadable))) return InvoiceVerdict.NotTaken;
        var errors = fatal.Select(Message).ToList();
        return errors.Count == 0 ? InvoiceVerdict.Accepted : InvoiceVerdict.Rejected(errors);
    }

    // A CII document the model cannot read, or not the XML the validator expects at all.
    private static bool IsUnreadable(Finding finding) => finding.Code.StartsWith("EF-XML-", StringComparison.Ordinal) || finding.Code == "EF-CII-UNREADABLE";

    // The validator reports UBL 2.1 schema violations under the JDK's Xerces message ids (cvc-complex-type.2.4.a, …).
    private static bool IsSchemaError(Finding finding) => finding.Code.StartsWith("cvc-", StringComparison.Ordinal);

    /// <summary>The error-file text of one finding.</summary>
    public static string Message(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = finding.Code.StartsWith("BR-RO", StringComparison.Ordinal) && finding.MessageRo is { } romanian
            ? romanian + "#" + finding.Message
            : finding.Message;
        return SchematronMessage.Format($"[{finding.Code}]-{text}");
    }
}
