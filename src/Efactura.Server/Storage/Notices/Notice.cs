namespace Efactura.Server.Storage.Notices;

/// <summary>
/// A notice that is sent once: its event is written only the first time this subject, kind and period come up.
/// </summary>
/// <param name="SubjectId">What it is about (an invoice, a company).</param>
/// <param name="Kind">Which notice, usually the event type (e.g. <c>invoice.deadline_approaching</c>).</param>
/// <param name="Period">
/// What makes a later notice of the same kind a new one (e.g. the connection's token version: a new refresh token
/// that nears its end is warned about again); empty for a notice sent once in the subject's life.
/// </param>
public sealed record Notice(Guid SubjectId, string Kind, string Period);
