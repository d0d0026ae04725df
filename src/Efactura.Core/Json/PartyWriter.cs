using System.Text.Json.Nodes;
using Efactura.Core.Model;
using F = Efactura.Core.Json.PartyFields;

namespace Efactura.Core.Json;

/// <summary>Writes a party; the identifiers go under the names that map back to the same business terms (see <see cref="PartyFields"/>).</summary>
internal static class PartyWriter
{
    public static JsonObject Write(Party party, PartyRole role)
    {
        var node = new JsonObject()
            .Put(F.Name, party.Name)
            .Put(F.TradingName, party.TradingName)
            .Put(F.VatNumber, party.VatIdentifier);
        if (role == PartyRole.Seller) PutSellerRegistration(node, party);
        else PutBuyerRegistration(node, party);
        return node
            .Put(F.Identifiers, party.Identifiers.Select(i => i.ToNode()).ToJsonArray())
            .Put(F.ElectronicAddress, ElectronicAddress(party.ElectronicAddress))
            .Put(F.Address, Address(party.Address))
            .Put(F.Email, party.Contact?.Email)
            .Put(F.Phone, party.Contact?.Telephone)
            .Put(F.ContactName, party.Contact?.Name);
    }

    public static JsonObject Address(Address address) => new JsonObject()
        .Put(AddressFields.Street, address.Line1)
        .Put(AddressFields.Street2, address.Line2)
        .Put(AddressFields.Street3, address.Line3)
        .Put(AddressFields.City, address.City)
        .Put(AddressFields.County, address.CountrySubdivision)
        .Put(AddressFields.PostalCode, address.PostalCode)
        .Put(AddressFields.Country, address.CountryCode);

    private static void PutSellerRegistration(JsonObject node, Party party)
    {
        var tax = party.TaxRegistrationId;
        // Parsing reads a seller's cui, or cnp (13 digits), as BT-32 only when there is no VAT number; a cnp also fills
        // BT-30 then, which is not written twice.
        var taxIsCnp = party.VatIdentifier is null && IsCnpShaped(tax);
        node.Put(taxIsCnp ? F.Cnp : party.VatIdentifier is null && IsDigits(tax) ? F.Cui : F.TaxRegistrationId, tax);
        if (party.LegalRegistrationId is { SchemeId: null, Value: var legal })
        {
            if (!(taxIsCnp && legal == tax)) node.Put(SellerLegalName(party, tax, legal), legal);
        }
        else node.Put(F.LegalRegistrationId, party.LegalRegistrationId.ToNode());
        node.Put(F.LegalInfo, party.AdditionalLegalInformation);
    }

    // The member parsing reads back into BT-30: a VAT-registered seller's cnp or cui (the VAT number without RO), else the trade register.
    private static string SellerLegalName(Party party, string? tax, string legal)
    {
        if (party.VatIdentifier is not { } vat || tax is not null) return F.TradeRegister;
        if (IsCnpShaped(legal)) return F.Cnp;
        return vat == "RO" + legal && IsDigits(legal) ? F.Cui : F.TradeRegister;
    }

    // A CNP has 13 digits; a CUI at most 10.
    private static bool IsCnpShaped(string? value) => IsDigits(value) && value!.Length == 13;

    private static void PutBuyerRegistration(JsonObject node, Party party)
    {
        if (party.LegalRegistrationId is not { SchemeId: null, Value: var legal })
        {
            node.Put(F.LegalRegistrationId, party.LegalRegistrationId.ToNode());
            return;
        }
        var name = !IsDigits(legal) ? F.TradeRegister : legal.Length == 13 ? F.Cnp : F.Cui;
        node.Put(name, legal);
    }

    private static JsonNode? ElectronicAddress(Identifier? address) =>
        address is { SchemeId: "EM" } && address.Value.Contains('@', StringComparison.Ordinal) ? JsonValue.Create(address.Value) : address.ToNode();

    private static bool IsDigits(string? value) => !string.IsNullOrEmpty(value) && value.All(char.IsAsciiDigit);
}
