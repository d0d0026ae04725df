namespace Efactura.Pdf.Sources;

/// <summary>The bytes given to render are not an invoice this library can read; the message says what and where.</summary>
public sealed class InvoicePdfSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvoicePdfSourceException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>Creates the exception without a message.</summary>
    public InvoicePdfSourceException() { }

    /// <summary>Creates the exception with a message.</summary>
    public InvoicePdfSourceException(string message) : base(message) { }
}
