using Efactura.Validation.Xml;

namespace Efactura.Validation.Engine;

/// <summary>A test of one official assert (fires when false) or report (fires when true) on a context element.</summary>
internal delegate bool Test(Element context, UblDocument document);

/// <summary>One official <c>assert</c> or <c>report</c>: its rule id and its test written in C#.</summary>
internal sealed record Assertion(string Id, Test Test, bool IsReport = false)
{
    public bool Fires(Element context, UblDocument document) => Test(context, document) == IsReport;
}
