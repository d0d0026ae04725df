using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Api.Incoming;

/// <summary>A message from ANAF's SPV message list, as recorded.</summary>
/// <param name="Id">Our id.</param>
/// <param name="CompanyId">The company whose list it came from.</param>
/// <param name="AnafId">ANAF's message id.</param>
/// <param name="Type">ANAF's type, e.g. <c>FACTURA PRIMITA</c>, <c>FACTURA TRIMISA</c>, <c>ERORI FACTURA</c>.</param>
/// <param name="Cif">The CIF it is for.</param>
/// <param name="RequestId">ANAF's id_solicitare (the upload's index_incarcare), if any.</param>
/// <param name="Details">ANAF's detail text.</param>
/// <param name="AnafCreatedAt">When ANAF made it (UTC).</param>
/// <param name="DownloadedAt">When its archive was downloaded, if it was.</param>
/// <param name="CreatedAt">When the gateway recorded it.</param>
public sealed record MessageResponse(
    Guid Id, Guid CompanyId, string AnafId, string Type, string Cif, string? RequestId, string Details, DateTimeOffset AnafCreatedAt,
    DateTimeOffset? DownloadedAt, DateTimeOffset CreatedAt)
{
    /// <summary>The API shape of <paramref name="message"/>.</summary>
    public static MessageResponse From(SpvMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.Id, message.CompanyId, message.AnafId, message.Type, message.Cif, message.RequestId, message.Details,
            message.AnafCreatedAt, message.DownloadedAt, message.CreatedAt);
    }
}
