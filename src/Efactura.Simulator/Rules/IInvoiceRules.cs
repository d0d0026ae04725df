namespace Efactura.Simulator.Rules;

/// <summary>
/// What ANAF checks after accepting an upload, deciding between <c>ok</c> and <c>nok</c>. The simulator
/// ships structural checks; the project's validator plugs in here to make real rule failures produce a
/// real error file.
/// </summary>
public interface IInvoiceRules
{
    /// <summary>Checks an uploaded (already well-formed, right-rooted) document.</summary>
    /// <param name="document">The bytes as uploaded.</param>
    /// <param name="standard">The upload's <c>standard</c>: UBL, CN or CII.</param>
    InvoiceVerdict Check(ReadOnlyMemory<byte> document, UploadStandard standard);
}
