using Efactura.Validation.Xml;

namespace Efactura.Validation.Engine;

/// <summary>A rule whose context is an attribute (<c>//@currencyID</c>); its test sees the attribute's value.</summary>
internal sealed record AttributeRule(string AttributeName, string Id, Func<string, bool> Test)
{
    public bool Fires(ElementAttribute attribute) => !Test(attribute.Value);
}
