namespace Efactura.Anaf.Results;

/// <summary>
/// An upload's outcome. Exactly one of three: accepted with an index; refused (certainly not stored);
/// or <see cref="UnknownOutcome"/> when the request may have reached ANAF but no answer came back.
/// An unknown outcome is never retried by the client: reconcile against the message list first (DESIGN §5).
/// </summary>
public abstract record UploadResult;

/// <summary>ANAF accepted the file: <c>ExecutionStatus="0"</c>.</summary>
/// <param name="UploadIndex">The <c>index_incarcare</c>, for stareMesaj.</param>
/// <param name="RespondedAt">ANAF's <c>dateResponse</c>, Romanian time.</param>
public sealed record UploadAccepted(long UploadIndex, DateTime? RespondedAt) : UploadResult;

/// <summary>The file was not stored: ANAF said why (<c>ExecutionStatus="1"</c>, 400), or the request never left.</summary>
/// <param name="Error">Why.</param>
public sealed record UploadRefused(AnafError Error) : UploadResult;

/// <summary>The request may have been stored, but its answer was lost (timeout, dropped connection, 5xx, 204).</summary>
/// <param name="Error">What was seen instead of an answer.</param>
public sealed record UnknownOutcome(AnafError Error) : UploadResult;
