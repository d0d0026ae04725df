using System.Collections.Immutable;
using System.Globalization;
using Efactura.Core.Model;

namespace Efactura.Core.Comparison;

internal sealed partial class InvoiceComparison
{
    private const string None = "(none)";

    private void Differ(string term, string path, string expected, string actual) =>
        _difference ??= $"{term} {path}: expected {expected}, got {actual}";

    private void Text(string term, string path, string? e, string? a)
    {
        if (_difference is not null) return;
        if (string.IsNullOrEmpty(e) && string.IsNullOrEmpty(a)) return;
        if (!string.Equals(e, a, StringComparison.Ordinal)) Differ(term, path, Show(e), Show(a));
    }

    private static string Show(string? text) => string.IsNullOrEmpty(text) ? None : $"\"{text}\"";

    private void Number(string term, string path, decimal? e, decimal? a)
    {
        if (_difference is not null || e == a) return;
        Differ(term, path, Show(e), Show(a));
    }

    private static string Show(decimal? number) => number?.ToString(CultureInfo.InvariantCulture) ?? None;

    private void Date(string term, string path, DateOnly? e, DateOnly? a)
    {
        if (_difference is not null || e == a) return;
        Differ(term, path, Show(e), Show(a));
    }

    private static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? None;

    private void Id(string term, string path, Identifier? e, Identifier? a)
    {
        if (_difference is not null) return;
        if (string.IsNullOrEmpty(e?.Value) && string.IsNullOrEmpty(a?.Value)) return;
        Text(term, path, e?.Value, a?.Value);
        Text(term + "-1", path + ".SchemeId", e?.SchemeId, a?.SchemeId);
    }

    // True when both are present and should be compared further; a presence difference is recorded.
    private bool Presence<T>(string term, string path, T? e, T? a, out T x, out T y) where T : class
    {
        x = e!;
        y = a!;
        if (_difference is not null || (e is null && a is null)) return false;
        if (e is not null && a is not null) return true;
        Differ(term, path, e is null ? None : "present", a is null ? None : "present");
        return false;
    }

    private void List<T>(string term, string path, ImmutableArray<T> e, ImmutableArray<T> a, Action<string, T, T> compare)
    {
        if (_difference is not null) return;
        var (x, y) = (e.IsDefault ? [] : e, a.IsDefault ? [] : a);
        var common = Math.Min(x.Length, y.Length);
        for (var i = 0; i < common && _difference is null; i++)
            compare($"{path}[{i}]", x[i], y[i]);
        if (_difference is null && x.Length != y.Length)
            Differ(term, path + ".Count", x.Length.ToString(CultureInfo.InvariantCulture), y.Length.ToString(CultureInfo.InvariantCulture));
    }
}
