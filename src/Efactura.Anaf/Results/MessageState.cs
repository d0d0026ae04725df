namespace Efactura.Anaf.Results;

/// <summary>stareMesaj's <c>stare</c> (anaf-api.md §3).</summary>
public enum MessageState
{
    /// <summary><c>in prelucrare</c>: ask again later.</summary>
    Processing,

    /// <summary><c>ok</c>: accepted; the download holds the invoice and ANAF's signature.</summary>
    Ok,

    /// <summary><c>nok</c>: rejected; the download holds the error file.</summary>
    Nok,

    /// <summary><c>XML cu erori nepreluat de sistem</c>: dropped by the system.</summary>
    NotTaken,
}
