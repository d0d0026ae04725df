namespace Efactura.Anaf.Results;

/// <summary>The processing state of an upload, with its download id once processed.</summary>
/// <param name="State">The state.</param>
/// <param name="DownloadId">The <c>id_descarcare</c> for ok and nok.</param>
public sealed record MessageStatus(MessageState State, long? DownloadId)
{
    /// <summary>True once ANAF will not change its mind: ok, nok or not taken.</summary>
    public bool IsFinal => State != MessageState.Processing;
}
