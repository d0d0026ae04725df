namespace Efactura.Simulator.Rules;

/// <summary>
/// ANAF's wording of a failed Schematron assertion, as validare returns it (anaf-api.md §6.1):
/// <c>E: validari globale  SCHEMATRON   eroare: [BR-CO-09]-…</c> (two spaces, then three, verbatim).
/// </summary>
public static class SchematronMessage
{
    /// <summary>The ANAF message for an assertion text that starts with its <c>[rule id]-</c>.</summary>
    public static string Format(string assertionText) => "E: validari globale  SCHEMATRON   eroare: " + assertionText;
}
