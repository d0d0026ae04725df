using System.Globalization;
using Efactura.Core.Findings;
using Efactura.Server.Application.Companies;
using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// The company page's settings form as typed (text, so a wrong number is shown back as typed): every setting is sent,
/// an unticked box meaning "off". <see cref="Changes"/> makes the same changes the API's <c>PATCH /v1/companies/{id}</c>
/// makes; what cannot be read is an error of its field, in the page's language.
/// </summary>
public sealed class CompanySettingsForm
{
    /// <summary><c>test</c>, <c>prod</c> or <c>simulator</c>.</summary>
    public string? Environment { get; set; }

    /// <summary>"on" when ticked.</summary>
    public string? AutoSend { get; set; }

    /// <summary>Hours between issue and upload.</summary>
    public string? DelayHours { get; set; }

    /// <summary>"on" when ticked.</summary>
    public string? SyncEnabled { get; set; }

    /// <summary>Days the sync looks back.</summary>
    public string? SyncDaysBack { get; set; }

    /// <summary>The form filled with <paramref name="settings"/>.</summary>
    public static CompanySettingsForm Of(CompanySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CompanySettingsForm
        {
            Environment = settings.Environment.ToString().ToLowerInvariant(),
            AutoSend = settings.AutoSend ? "on" : null,
            DelayHours = settings.DelayHours.ToString(CultureInfo.InvariantCulture),
            SyncEnabled = settings.SyncEnabled ? "on" : null,
            SyncDaysBack = settings.SyncDaysBack.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// The changes (a value that cannot be read is left null) and the errors of the values that cannot be read, by
    /// field name (<c>environment</c>, <c>delayHours</c>, <c>syncDaysBack</c>) as text keys.
    /// </summary>
    public (CompanySettingsChanges Changes, Dictionary<string, string> Errors) Changes()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        AnafEnvironment? environment = Environment switch
        {
            "test" => AnafEnvironment.Test,
            "prod" => AnafEnvironment.Prod,
            "simulator" => AnafEnvironment.Simulator,
            _ => null,
        };
        if (environment is null) errors["environment"] = "environmentInvalid";
        var delay = Number(DelayHours);
        if (delay is null) errors["delayHours"] = "delayInvalid";
        var days = Number(SyncDaysBack);
        if (days is null) errors["syncDaysBack"] = "syncDaysInvalid";
        return (new CompanySettingsChanges(environment, AutoSend == "on", delay, SyncEnabled == "on", days), errors);
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number)
            ? number : null;

    /// <summary>The text key of the error a finding of the company service names (<c>/settings/delayHours</c> → <c>delayHours</c>).</summary>
    public static (string Field, string TextKey) ErrorOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var field = finding.Field?.Split('/').LastOrDefault() ?? "";
        return field switch
        {
            "environment" => (field, "environmentInvalid"),
            "delayHours" => (field, "delayInvalid"),
            "syncDaysBack" => (field, "syncDaysInvalid"),
            _ => (field, "settingsInvalid"),
        };
    }
}
