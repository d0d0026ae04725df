namespace Efactura.Server.Storage.Companies;

/// <summary>Which ANAF a company's invoices go to (DESIGN §4.3).</summary>
public enum AnafEnvironment
{
    /// <summary>ANAF's test system: accepted invoices have no legal effect.</summary>
    Test,

    /// <summary>ANAF's production system.</summary>
    Prod,

    /// <summary>The built-in simulator: offline, for development.</summary>
    Simulator,
}
