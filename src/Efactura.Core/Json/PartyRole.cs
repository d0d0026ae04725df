namespace Efactura.Core.Json;

/// <summary>Which party a JSON party object describes; the identifiers map differently (see <see cref="PartyFields"/>).</summary>
internal enum PartyRole
{
    Seller,
    Buyer,
}
