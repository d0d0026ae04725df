using System.Collections;

namespace Efactura.Validation.Xml;

/// <summary>
/// The children of an element that have one name (XPath <c>cbc:X</c> from that element), enumerated without
/// allocating when used in <c>foreach</c>; LINQ sees it as an ordinary sequence.
/// </summary>
internal readonly struct NamedChildren(Element[] children, Name name) : IEnumerable<Element>
{
    public Enumerator GetEnumerator() => new(children, name);

    IEnumerator<Element> IEnumerable<Element>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the children array, stopping at each child of the name.</summary>
    public struct Enumerator(Element[] children, Name name) : IEnumerator<Element>
    {
        private int index = -1;

        public readonly Element Current => children[index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++index < children.Length)
            {
                if (children[index].Name == name) return true;
            }
            return false;
        }

        public void Reset() => index = -1;

        public readonly void Dispose()
        {
        }
    }
}
