namespace Efactura.Validation.Xml;

/// <summary>
/// Any, All and Count over the struct enumerators of the element sequences (<see cref="ChildList"/>,
/// <see cref="NamedChildren"/>, <see cref="ElementList"/>): generic over the enumerator, so that it is not boxed as
/// LINQ would box it through <see cref="IEnumerable{T}"/>.
/// </summary>
internal static class ElementSequence
{
    public static bool Any<TEnumerator>(TEnumerator elements, Func<Element, bool> predicate)
        where TEnumerator : struct, IEnumerator<Element>
    {
        while (elements.MoveNext())
        {
            if (predicate(elements.Current)) return true;
        }
        return false;
    }

    public static bool All<TEnumerator>(TEnumerator elements, Func<Element, bool> predicate)
        where TEnumerator : struct, IEnumerator<Element>
    {
        while (elements.MoveNext())
        {
            if (!predicate(elements.Current)) return false;
        }
        return true;
    }

    public static int Count<TEnumerator>(TEnumerator elements, Func<Element, bool> predicate)
        where TEnumerator : struct, IEnumerator<Element>
    {
        var count = 0;
        while (elements.MoveNext())
        {
            if (predicate(elements.Current)) count++;
        }
        return count;
    }
}
