using Efactura.Core.CodeLists;

namespace Efactura.Core.Json;

/// <summary>Reads a unit of measure: a UN/ECE recommendation 20/21 code or a Romanian name ("buc", "ore").</summary>
internal static class UnitReader
{
    /// <summary>The code of the unit member <paramref name="name"/>; null when absent or unknown (then reported).</summary>
    public static string? Read(JsonObjectReader r, string name)
    {
        if (r.String(name) is not { } text) return null;
        var resolution = UnitCodes.Resolve(text);
        if (resolution.IsResolved) return resolution.Code;
        r.Context.Report(JsonFindings.UnknownCode(JsonErrorCodes.UnitUnknown, r.At(name), text, "unit of measure", "unitatea de măsură", resolution.Suggestions,
            "Use a UN/ECE recommendation 20 code (H87 piece, HUR hour, KGM kilogram, MTR metre, LTR litre, C62 unit) or a Romanian name such as \"buc\", \"ore\", \"kg\"."));
        return null;
    }
}
