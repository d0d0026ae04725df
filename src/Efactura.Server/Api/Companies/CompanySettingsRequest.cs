using Efactura.Server.Application.Companies;
using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Api.Companies;

/// <summary>Company settings as a request sends them: a member left out keeps its current (or default) value.</summary>
/// <param name="Environment"><c>test</c>, <c>prod</c> or <c>simulator</c>; default: the server's <c>Efactura:Anaf:DefaultEnvironment</c> (<c>simulator</c> in Development, <c>test</c> otherwise); <c>simulator</c> only where the server runs one.</param>
/// <param name="AutoSend">Issued invoices are queued for upload without a submit call; default true.</param>
/// <param name="DelayHours">Hours between issue and upload, 0 or more; default 0.</param>
/// <param name="SyncEnabled">Incoming invoices and messages are fetched from ANAF; default true.</param>
/// <param name="SyncDaysBack">How far back the sync looks, 1 to 60 days; default 60.</param>
public sealed record CompanySettingsRequest(AnafEnvironment? Environment, bool? AutoSend, int? DelayHours, bool? SyncEnabled, int? SyncDaysBack)
{
    /// <summary>The changes this request asks for.</summary>
    public CompanySettingsChanges ToChanges() => new(Environment, AutoSend, DelayHours, SyncEnabled, SyncDaysBack);
}
