using System.Text.Json.Nodes;
using Efactura.Core.CodeLists;
using Efactura.Core.Json;
using Efactura.Server.Storage.Partners;

namespace Efactura.Server.Application.Invoices;

/// <summary>
/// The rule by which a partner fills an invoice's <c>customer</c> (issue 19, item 4). A member the request gives, by any
/// spelling and also as null, is kept as given; a member it leaves out is filled from the partner:
/// <list type="bullet">
/// <item><c>name</c> from the partner's name; <c>vatNumber</c> from its VAT number (BT-48), when it has one.</item>
/// <item>The buyer's one legal registration identifier (BT-47) is a single choice: when the request gives none of
/// <c>legalRegistrationId</c>, <c>cnp</c>, <c>cui</c> and <c>tradeRegister</c>, a partner registered for VAT gives its
/// trade register number (else its CUI) and one without a VAT number its CUI or CNP, which ANAF then finds the buyer by;
/// a foreign partner known only by its VAT number needs none.</item>
/// <item><c>address</c> as a whole (street, city, county, postal code, country), so a given address is never mixed
/// with the partner's.</item>
/// </list>
/// The partner's IBAN is where the company pays it, not part of the buyer (BG-7), so it is not used. Contact members
/// (e-mail, phone, contact name) and the rest are the request's alone: a partner record has none.
/// </summary>
public static class PartnerAsCustomer
{
    /// <summary>Fills the members of <paramref name="customer"/> the request left out from <paramref name="partner"/>.</summary>
    public static void Fill(JsonObject customer, PartnerDetails partner)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(partner);
        FillIfAbsent(customer, PartyFields.Name, partner.Name);
        FillIfAbsent(customer, PartyFields.VatNumber, partner.VatIdentifier);
        if (!Gives(customer, PartyFields.LegalRegistrationId) && !Gives(customer, PartyFields.Cnp) && !Gives(customer, PartyFields.Cui)
            && !Gives(customer, PartyFields.TradeRegister) && LegalRegistration(partner) is { } legal)
            customer[legal.Field] = legal.Value;
        if (!Gives(customer, PartyFields.Address)) customer[PartyFields.Address] = Address(partner);
    }

    // BT-47: the trade register beside a VAT number (both then appear on the invoice); the fiscal code without one.
    private static (string Field, string Value)? LegalRegistration(PartnerDetails partner)
    {
        if (partner.VatIdentifier is not null && partner.TradeRegister is { } register) return (PartyFields.TradeRegister, register);
        var id = partner.Identifier;
        if (partner.CountryCode != "RO")
            return partner.VatIdentifier is not null && SameNumber(id, partner.VatIdentifier) ? null : (PartyFields.LegalRegistrationId, id);
        if (id.Length == 13 && Cnp.IsValid(id)) return (PartyFields.Cnp, id);
        if (Cui.IsValid(id)) return (PartyFields.Cui, Cui.Normalize(id));
        return (PartyFields.LegalRegistrationId, id);
    }

    private static bool SameNumber(string identifier, string vatNumber) =>
        string.Equals(identifier, string.Concat(vatNumber.Where(c => !char.IsWhiteSpace(c))), StringComparison.OrdinalIgnoreCase);

    private static JsonObject Address(PartnerDetails partner)
    {
        var address = new JsonObject();
        Add(address, AddressFields.Street, partner.Street);
        Add(address, AddressFields.City, partner.City);
        Add(address, AddressFields.County, partner.County);
        Add(address, AddressFields.PostalCode, partner.PostalCode);
        Add(address, AddressFields.Country, partner.CountryCode);
        return address;
    }

    private static void FillIfAbsent(JsonObject customer, string field, string? value)
    {
        if (!Gives(customer, field)) Add(customer, field, value);
    }

    private static void Add(JsonObject target, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) target[field] = value;
    }

    // Member names are case-insensitive in the contract.
    private static bool Gives(JsonObject customer, string field) =>
        customer.Any(member => string.Equals(member.Key, field, StringComparison.OrdinalIgnoreCase));
}
