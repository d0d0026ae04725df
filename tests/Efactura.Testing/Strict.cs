using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Xunit;

namespace Efactura.Testing;

/// <summary>Strict mode: EFACTURA_STRICT=1 turns every "component missing" skip into a failure (CI sets it).</summary>
public static class Strict
{
    /// <summary>True when EFACTURA_STRICT is 1 or true.</summary>
    public static bool IsOn { get; } = Environment.GetEnvironmentVariable("EFACTURA_STRICT") is "1" or "true";

    /// <summary>
    /// A component the test needs is missing (<paramref name="reason"/> says which, and how to get it): the test fails in
    /// strict mode, otherwise it is skipped and the reason is printed on the run's output (a diagnostic message, which
    /// tests/xunit.runner.json turns on), so that `dotnet test` says why, not only how many were skipped.
    /// </summary>
    [DoesNotReturn]
    public static void Missing(string reason)
    {
        if (IsOn) throw new InvalidOperationException($"{reason}; EFACTURA_STRICT=1 forbids skipping");
        TestContext.Current.SendDiagnosticMessage($"skipped {TestContext.Current.Test?.TestDisplayName}: {reason}");
        Assert.Skip(reason);
        throw new UnreachableException();
    }
}
