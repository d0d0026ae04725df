namespace Efactura.Core.Findings;

/// <summary>How serious a finding is, with the flags the official Schematron rules use.</summary>
public enum Severity
{
    /// <summary>ANAF refuses the invoice (Schematron flag="fatal").</summary>
    Fatal,

    /// <summary>Accepted, but worth fixing (Schematron flag="warning").</summary>
    Warning,
}
