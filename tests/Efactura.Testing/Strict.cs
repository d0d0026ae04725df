namespace Efactura.Testing;

/// <summary>Strict mode: EFACTURA_STRICT=1 turns every "component missing" skip into a failure (CI sets it).</summary>
public static class Strict
{
    /// <summary>True when EFACTURA_STRICT is 1 or true.</summary>
    public static bool IsOn { get; } = Environment.GetEnvironmentVariable("EFACTURA_STRICT") is "1" or "true";
}
