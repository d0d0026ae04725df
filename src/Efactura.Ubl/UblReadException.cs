namespace Efactura.Ubl;

/// <summary>
/// A document <see cref="UblReader"/> or <see cref="InvoiceXmlReader"/> (UBL or CII) cannot read: not well-formed
/// XML, a DTD, a document over the size limit, a root of another kind, or a value that is not a number, a date or an
/// indicator. The message says what and where, e.g. "line 12, column 5: DTDs are not allowed in e-invoices".
/// </summary>
public sealed class UblReadException : Exception
{
    /// <summary>Creates the exception for a problem at a position of the document.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <param name="reason">What is wrong, without the position.</param>
    /// <param name="innerException">The parser's exception, when there is one.</param>
    public UblReadException(int line, int column, string reason, Exception? innerException = null)
        : base($"line {line}, column {column}: {reason}", innerException)
    {
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the problem.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }
}
