namespace Efactura.Simulator;

/// <summary>ANAF's two environments, the path segment after the host (<c>/test/FCTEL/rest</c>, <c>/prod/FCTEL/rest</c>).</summary>
public enum AnafEnvironment
{
    /// <summary>The test environment: downloads carry an enveloped signature (anaf-api.md §5.2).</summary>
    Test,

    /// <summary>Production: downloads carry a detached signature (anaf-api.md §5.2).</summary>
    Prod,
}
