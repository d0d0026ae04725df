using Efactura.Anaf;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>What <c>--env</c> names: ANAF's test or production environment, or a simulator at a URL.</summary>
/// <param name="Name">How messages name it: test, prod, or the URL.</param>
/// <param name="Endpoints">Where each part of the API lives.</param>
/// <param name="IsSimulator">True for a simulator, whose OAuth client is known in advance.</param>
/// <param name="StoreKey">The name of its token file: one login per environment.</param>
internal sealed record AnafTarget(string Name, AnafEndpoints Endpoints, bool IsSimulator, string StoreKey)
{
    /// <summary>The usage text of <c>--env</c>.</summary>
    public const string Help = "test, prod, or a simulator URL such as http://127.0.0.1:5080 (its test environment; add /prod for its production one).";

    /// <summary>Reads <c>--env</c>; anything else is a usage error.</summary>
    public static AnafTarget Parse(string value)
    {
        switch (value)
        {
            case "test":
                return new("test", AnafEndpoints.Test, false, "test");
            case "prod":
                return new("prod", AnafEndpoints.Production, false, "prod");
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0)
            throw new UsageException($"--env must be {Help} Got: {value}");
        var production = uri.AbsolutePath.TrimEnd('/').EndsWith("/prod", StringComparison.Ordinal);
        var rootPath = production ? uri.AbsolutePath.TrimEnd('/')[..^"prod".Length] : uri.AbsolutePath.TrimEnd('/') + "/";
        var root = new UriBuilder(uri) { Path = rootPath }.Uri;
        var key = $"simulator-{root.Host}-{root.Port}{(production ? "-prod" : "")}";
        return new(value, AnafEndpoints.Simulator(root, production), true, key);
    }
}
