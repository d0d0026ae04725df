using Efactura.Core.CodeLists;
using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Application.Companies;

/// <summary>
/// What a company must satisfy, as findings pointing (JSON pointer, as in the API's request) at the member to change.
/// </summary>
internal static class CompanyRules
{
    /// <summary>The findings of a create request (CUI and name required, CUI check digit, settings in range).</summary>
    public static List<Finding> ForCreate(CompanyInput request, CompanySettings settings)
    {
        ArgumentNullException.ThrowIfNull(request);
        var findings = new List<Finding>();
        if (string.IsNullOrWhiteSpace(request.Cui))
            findings.Add(FieldFinding.Fatal(JsonErrorCodes.Required, "/cui", "The company's fiscal code (CUI/CIF) is missing.",
                "Send cui, e.g. \"RO18547290\" or \"18547290\"."));
        // A person invoicing under the CNP (in e-Factura since 2026-06-01) uses the CNP where a company uses the CUI.
        else if (!Cui.IsValid(request.Cui) && !Cnp.IsValid(request.Cui))
            findings.Add(FieldFinding.Fatal(JsonErrorCodes.CuiInvalid, "/cui",
                $"'{request.Cui}' is not a valid CUI (2 to 10 digits whose last one is the check digit of the others, key 753217532) nor a valid CNP (13 digits).",
                "Copy the CUI from the company's registration certificate (an \"RO\" prefix is allowed), or a person's CNP from the identity card."));
        findings.AddRange(ForUpdate(request, settings));
        return findings;
    }

    /// <summary>The findings of an update request (name not blank when sent, settings in range, CUI not changed).</summary>
    public static List<Finding> ForUpdate(CompanyInput request, CompanySettings settings, Company? current = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        var findings = new List<Finding>();
        if (current is null ? string.IsNullOrWhiteSpace(request.Name) : request.Name is not null && string.IsNullOrWhiteSpace(request.Name))
            findings.Add(FieldFinding.Fatal(JsonErrorCodes.Required, "/name", "The company's name is missing.", "Send name, e.g. \"Alfa Distributie SRL\"."));
        if (current is not null && request.Cui is not null && Cui.Normalize(request.Cui) != current.Cui)
            findings.Add(FieldFinding.Fatal(JsonErrorCodes.Conflict, "/cui", $"A company's CUI cannot change (it is {current.Cui}).",
                "Leave cui out, or create another company for the other CUI."));
        findings.AddRange(ForSettings(settings, "/settings"));
        return findings;
    }

    /// <summary>The finding of a <c>simulator</c> environment on a server where the simulator is off.</summary>
    public static IEnumerable<Finding> ForEnvironment(CompanySettings settings, bool simulatorEnabled, string at)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Environment == AnafEnvironment.Simulator && !simulatorEnabled)
            yield return FieldFinding.Fatal(JsonErrorCodes.Format, at + "/environment",
                "The simulator environment is off on this server (it runs only in Development, or where the operator enabled it).",
                "Send \"test\" (ANAF's test system) or \"prod\".");
    }

    /// <summary>The findings of settings at <paramref name="at"/>.</summary>
    public static IEnumerable<Finding> ForSettings(CompanySettings settings, string at)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Enum.IsDefined(settings.Environment))
            yield return FieldFinding.Fatal(JsonErrorCodes.Format, at + "/environment", $"environment {(int)settings.Environment} is unknown.",
                "Send \"test\", \"prod\" or \"simulator\".");
        if (settings.DelayHours < 0)
            yield return FieldFinding.Fatal(JsonErrorCodes.Format, at + "/delayHours", $"delayHours is {settings.DelayHours}; it cannot be negative.",
                "Send 0 to upload at once, or the number of hours to wait after issue.");
        if (settings.SyncDaysBack is < 1 or > CompanySettings.MaxSyncDaysBack)
            yield return FieldFinding.Fatal(JsonErrorCodes.Format, at + "/syncDaysBack",
                $"syncDaysBack is {settings.SyncDaysBack}; ANAF's message list reaches 1 to {CompanySettings.MaxSyncDaysBack} days back.",
                $"Send a number from 1 to {CompanySettings.MaxSyncDaysBack}.");
    }
}
