using Efactura.Validation.Xml;

namespace Efactura.Validation.Engine;

/// <summary>
/// Many asserts of one rule evaluated together because one walk answers them all (the hundreds of
/// UBL-CR "this element must not be used" asserts on the document element).
/// </summary>
internal abstract class AssertionBatch
{
    /// <summary>Every rule id the batch can report.</summary>
    public abstract IReadOnlyCollection<string> Ids { get; }

    /// <summary>The ids of the asserts that fire on this context element.</summary>
    public abstract IEnumerable<string> Fired(Element context, UblDocument document);
}
