namespace Efactura.Server.Storage;

/// <summary>A paging cursor that this server did not hand out (the API answers 400).</summary>
public sealed class InvalidCursorException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="cursor"/>.</summary>
    public InvalidCursorException(string cursor)
        : base($"'{cursor}' is not a cursor this server handed out", nameof(cursor))
    {
    }

    /// <summary>Creates the exception with no cursor named.</summary>
    public InvalidCursorException()
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InvalidCursorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
