using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Application.Companies;

/// <summary>Changes to a company's settings: a member left null keeps its current (or default) value.</summary>
/// <param name="Environment"><c>test</c>, <c>prod</c> or <c>simulator</c> (only where the server runs one).</param>
/// <param name="AutoSend">Issued invoices are queued for upload without a submit.</param>
/// <param name="DelayHours">Hours between issue and upload, 0 or more.</param>
/// <param name="SyncEnabled">Incoming invoices and messages are fetched from ANAF.</param>
/// <param name="SyncDaysBack">How far back the sync looks, 1 to <see cref="CompanySettings.MaxSyncDaysBack"/> days.</param>
public sealed record CompanySettingsChanges(AnafEnvironment? Environment, bool? AutoSend, int? DelayHours, bool? SyncEnabled, int? SyncDaysBack)
{
    /// <summary>No change.</summary>
    public static CompanySettingsChanges None { get; } = new(null, null, null, null, null);

    /// <summary>These values over <paramref name="current"/>.</summary>
    public CompanySettings Over(CompanySettings current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new CompanySettings(
            Environment ?? current.Environment,
            AutoSend ?? current.AutoSend,
            DelayHours ?? current.DelayHours,
            SyncEnabled ?? current.SyncEnabled,
            SyncDaysBack ?? current.SyncDaysBack);
    }
}
