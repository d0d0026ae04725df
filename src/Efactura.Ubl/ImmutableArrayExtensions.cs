using System.Collections.Immutable;

namespace Efactura.Ubl;

/// <summary>Treats a default (uninitialised) immutable array as empty, as a model built with <c>default</c> may hold one.</summary>
internal static class ImmutableArrayExtensions
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? [] : array;
}
