using System.Collections;
using System.Collections.Immutable;
using System.Reflection;

namespace Efactura.Core.Tests.Json;

/// <summary>
/// Compares two model objects property by property, element by element inside ImmutableArrays (whose own
/// equality compares references), and names the first path that differs.
/// </summary>
internal static class ModelComparison
{
    public static void ShouldEqualModel<T>(this T actual, T expected) where T : class
    {
        var difference = FirstDifference(actual, expected, typeof(T).Name);
        difference.ShouldBeNull();
    }

    // Computed views such as Invoice.Allowances (an IEnumerable over AllowanceCharges) are not data of their own.
    private static bool IsCompared(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) || type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    private static string? FirstDifference(object? actual, object? expected, string path)
    {
        if (actual is null || expected is null) return actual is null && expected is null ? null : $"{path}: {actual ?? "null"} ≠ {expected ?? "null"}";
        var type = actual.GetType();
        if (type != expected.GetType()) return $"{path}: type {type.Name} ≠ {expected.GetType().Name}";
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var a = ((IEnumerable)actual).Cast<object?>().ToList();
            var e = ((IEnumerable)expected).Cast<object?>().ToList();
            if (a.Count != e.Count) return $"{path}: {a.Count} elements ≠ {e.Count}";
            return a.Select((item, i) => FirstDifference(item, e[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
        }
        if (type.Namespace != "Efactura.Core.Model" || type.IsEnum) return Equals(actual, expected) ? null : $"{path}: {actual} ≠ {expected}";
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && IsCompared(p.PropertyType))
            .Select(p => FirstDifference(p.GetValue(actual), p.GetValue(expected), $"{path}.{p.Name}"))
            .FirstOrDefault(d => d is not null);
    }
}
