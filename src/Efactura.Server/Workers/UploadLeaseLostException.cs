namespace Efactura.Server.Workers;

/// <summary>An upload attempt lost its lease before its request left, so it was not sent: another node has the invoice.</summary>
public sealed class UploadLeaseLostException : Exception
{
    /// <summary>The exception with its standard message.</summary>
    public UploadLeaseLostException() : base("the upload attempt lost its lease before sending; it was not sent") { }

    /// <summary>The exception with <paramref name="message"/>.</summary>
    public UploadLeaseLostException(string message) : base(message) { }

    /// <summary>The exception with <paramref name="message"/> and its cause.</summary>
    public UploadLeaseLostException(string message, Exception innerException) : base(message, innerException) { }
}
