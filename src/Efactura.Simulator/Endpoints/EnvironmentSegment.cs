namespace Efactura.Simulator.Endpoints;

/// <summary>The <c>{env}</c> path segment: <c>test</c> or <c>prod</c>.</summary>
internal static class EnvironmentSegment
{
    /// <summary>The environment a segment names, or null (the request then gets 404).</summary>
    public static AnafEnvironment? Parse(string segment) => segment switch
    {
        "test" => AnafEnvironment.Test,
        "prod" => AnafEnvironment.Prod,
        _ => null,
    };
}
