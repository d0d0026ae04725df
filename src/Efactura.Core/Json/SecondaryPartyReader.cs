using Efactura.Core.Model;
using F = Efactura.Core.Json.ComponentFields;

namespace Efactura.Core.Json;

/// <summary>Reads the payee (BG-10), the seller's tax representative (BG-11) and the delivery (BG-13).</summary>
internal static class SecondaryPartyReader
{
    public static Payee? Payee(JsonObjectReader? r)
    {
        if (r is null) return null;
        var name = r.RequiredString(F.Name, "BT-59");
        var identifier = ComponentReader.Identifier(r, F.Identifier, "BT-60");
        var legal = ComponentReader.Identifier(r, F.LegalRegistrationId, "BT-61");
        r.ReportUnknownFields();
        return name is null ? null : new Payee { Name = name, Identifier = identifier, LegalRegistrationId = legal };
    }

    public static TaxRepresentative? TaxRepresentative(JsonObjectReader? r)
    {
        if (r is null) return null;
        var name = r.RequiredString(F.Name, "BT-62");
        var vat = PartyReader.VatNumber(r.RequiredString(F.VatNumber, "BT-63"));
        var addressReader = r.RequiredObject(F.Address, "BG-12");
        var address = addressReader is null ? null : AddressReader.Read(addressReader);
        r.ReportUnknownFields();
        return name is null || vat is null || address is null ? null : new TaxRepresentative { Name = name, VatIdentifier = vat, Address = address };
    }

    public static Delivery? Delivery(JsonObjectReader? r)
    {
        if (r is null) return null;
        var delivery = new Delivery
        {
            ActualDeliveryDate = r.Date(F.Date),
            PartyName = r.String(F.Name),
            LocationId = ComponentReader.Identifier(r, F.LocationId, "BT-71"),
            Address = r.Object(F.Address) is { } address ? AddressReader.Read(address) : null,
        };
        r.ReportUnknownFields();
        return delivery;
    }
}
