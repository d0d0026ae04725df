using Efactura.Core.Json;
using Efactura.Core.Model;
using static Efactura.Validation.Fields.Pointer;

namespace Efactura.Validation.Fields;

internal sealed partial class FieldPointers
{
    // cac:Party of the seller or the buyer: the writer's order is EndpointID, PartyIdentification (BT-29 / BT-46, then a
    // creditor id BT-90), PartyName, PostalAddress, PartyTaxScheme (VAT first, then BT-32), PartyLegalEntity, Contact.
    private string Party(string at, Party party, bool isSeller, ReadOnlySpan<XPathStep> rest)
    {
        if (rest.IsEmpty) return at;
        var step = rest[0];
        var leaf = rest.Length > 1 ? rest[1] : (XPathStep?)null;
        var attribute = rest.Length > 2 ? rest[2] : leaf;
        return step.Name switch
        {
            "EndpointID" => Identifier(Member(at, PartyFields.ElectronicAddress), leaf),
            "PartyIdentification" when step.Position <= party.Identifiers.Length =>
                Identifier(Item(Member(at, PartyFields.Identifiers), step.Position - 1), attribute),
            "PartyIdentification" => CreditorId(),
            "PartyName" => Member(at, PartyFields.TradingName),
            "PostalAddress" => Address(Member(at, PartyFields.Address), rest[1..]),
            "PartyTaxScheme" => step.Position == 1 && !string.IsNullOrEmpty(party.VatIdentifier)
                ? Member(at, PartyFields.VatNumber)
                : TaxRegistration(at),
            "PartyLegalEntity" => leaf?.Name switch
            {
                "CompanyID" => LegalRegistration(at, isSeller, attribute),
                "CompanyLegalForm" => Member(at, PartyFields.LegalInfo),
                _ => Member(at, PartyFields.Name),
            },
            "Contact" => leaf?.Name switch
            {
                "Name" => Member(at, PartyFields.ContactName),
                "Telephone" => Member(at, PartyFields.Phone),
                "ElectronicMail" => Member(at, PartyFields.Email),
                _ => at,
            },
            _ => at,
        };
    }

    // BT-32 comes from taxRegistrationId, else a cui, else a cnp (a person not registered for VAT).
    private string TaxRegistration(string at)
    {
        if (json.Has(Member(at, PartyFields.TaxRegistrationId))) return Member(at, PartyFields.TaxRegistrationId);
        if (json.Has(Member(at, PartyFields.Cui))) return Member(at, PartyFields.Cui);
        return json.Has(Member(at, PartyFields.Cnp)) ? Member(at, PartyFields.Cnp) : Member(at, PartyFields.TaxRegistrationId);
    }

    // BT-30 / BT-47: the member the reader took it from (see PartyFields): for the buyer the first of
    // legalRegistrationId, cnp, cui, tradeRegister; for the seller legalRegistrationId, tradeRegister, cnp, then cui.
    private string LegalRegistration(string at, bool isSeller, XPathStep? attribute)
    {
        string[] order = isSeller
            ? [PartyFields.LegalRegistrationId, PartyFields.TradeRegister, PartyFields.Cnp, PartyFields.Cui]
            : [PartyFields.LegalRegistrationId, PartyFields.Cnp, PartyFields.Cui, PartyFields.TradeRegister];
        foreach (var member in order)
        {
            var pointer = Member(at, member);
            if (json.Has(pointer)) return member == PartyFields.LegalRegistrationId ? Identifier(pointer, attribute) : pointer;
        }
        return Member(at, isSeller ? PartyFields.TradeRegister : PartyFields.Cui);
    }
}
