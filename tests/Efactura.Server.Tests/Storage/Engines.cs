namespace Efactura.Server.Tests.Storage;

/// <summary>The engines every storage test runs against.</summary>
public static class Engines
{
    public static TheoryData<string> All => new() { "sqlite", "postgres" };
}
