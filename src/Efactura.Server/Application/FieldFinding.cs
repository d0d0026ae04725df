using Efactura.Core.Findings;

namespace Efactura.Server.Application;

/// <summary>A fatal finding about one member of an input, named by its JSON pointer (e.g. <c>/settings/delayHours</c>).</summary>
public static class FieldFinding
{
    /// <summary>The finding <paramref name="code"/> at <paramref name="pointer"/>: what is wrong and what to do.</summary>
    public static Finding Fatal(string code, string pointer, string message, string fix) => new()
    {
        Code = code,
        Severity = Severity.Fatal,
        Field = pointer,
        Message = message,
        Fix = fix,
    };
}
