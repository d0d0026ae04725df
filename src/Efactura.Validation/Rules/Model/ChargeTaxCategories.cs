using System.Collections;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Model;

/// <summary>
/// The tax categories of allowances and charges (<c>cac:AllowanceCharge[cbc:ChargeIndicator = x]/cac:TaxCategory</c>, or
/// of all of them) as a struct sequence: some twenty VAT rules ask Any or Count of it once per document, and as a LINQ
/// query each asking cost its iterators and a boxed enumerator. Document order, as the query gave it.
/// </summary>
internal readonly struct ChargeTaxCategories(ElementList allowanceCharges, bool? charge) : IEnumerable<Element>
{
    public Enumerator GetEnumerator() => new(allowanceCharges.GetEnumerator(), charge);

    // Instance methods, so they win over LINQ's.
    public bool Any(Func<Element, bool> predicate) => ElementSequence.Any(GetEnumerator(), predicate);

    public int Count(Func<Element, bool> predicate) => ElementSequence.Count(GetEnumerator(), predicate);

    IEnumerator<Element> IEnumerable<Element>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Each allowance or charge of the wanted kind in turn, then its tax categories.</summary>
    public struct Enumerator(ElementList.Enumerator allowanceCharges, bool? charge) : IEnumerator<Element>
    {
        private ElementList.Enumerator allowanceCharges = allowanceCharges;
        private NamedChildren.Enumerator categories;
        private bool inAllowanceCharge;

        public Element Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (true)
            {
                if (inAllowanceCharge && categories.MoveNext())
                {
                    Current = categories.Current;
                    return true;
                }
                if (!allowanceCharges.MoveNext()) return false;
                var allowanceCharge = allowanceCharges.Current;
                inAllowanceCharge = charge is not { } wanted || allowanceCharge.ChargeIndicatorIs(wanted);
                if (inAllowanceCharge) categories = allowanceCharge.ChildrenNamed(Cac.TaxCategory).GetEnumerator();
            }
        }

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
