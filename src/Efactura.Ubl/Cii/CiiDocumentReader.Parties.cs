using System.Collections.Immutable;
using Efactura.Core.Model;

namespace Efactura.Ubl.Cii;

internal sealed partial class CiiDocumentReader
{
    // ram:SellerTradeParty (BG-4) or ram:BuyerTradeParty (BG-7).
    private Party ReadParty()
    {
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        Identifier? endpoint = null, legalId = null;
        string? name = null, tradingName = null, description = null, vatId = null, taxRegistrationId = null;
        Address? address = null;
        Contact? contact = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                // BT-29 / BT-46: ram:ID without a scheme, ram:GlobalID with one.
                case "ID" or "GlobalID":
                    if (IdentifierValue() is { } identifier) identifiers.Add(identifier);
                    break;
                case "Name": Keep(ref name, OptionalText()); break;
                case "Description": Keep(ref description, OptionalText()); break;
                case "SpecifiedLegalOrganization": ReadLegalOrganization(ref legalId, ref tradingName); break;
                case "DefinedTradeContact": Keep(ref contact, ReadContact()); break;
                case "PostalTradeAddress": Keep(ref address, ReadAddress()); break;
                case "URIUniversalCommunication": Keep(ref endpoint, ReadUriId()); break;
                case "SpecifiedTaxRegistration": ReadTaxRegistration(ref vatId, ref taxRegistrationId); break;
                default: Xml.Skip(); break;
            }
        }
        return new Party
        {
            Name = name ?? "", TradingName = tradingName, Identifiers = identifiers.DrainToImmutable(), LegalRegistrationId = legalId,
            VatIdentifier = vatId, TaxRegistrationId = taxRegistrationId, AdditionalLegalInformation = description,
            ElectronicAddress = endpoint, Address = address ?? new Address { CountryCode = "" }, Contact = contact,
        };
    }

    // BT-30 / BT-47 with its scheme, and the trading name BT-28 / BT-45.
    private void ReadLegalOrganization(ref Identifier? legalId, ref string? tradingName)
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID": Keep(ref legalId, IdentifierValue()); break;
                case "TradingBusinessName": Keep(ref tradingName, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
    }

    // BT-31 / BT-48 / BT-63 with schemeID VA, BT-32 with FC.
    private void ReadTaxRegistration(ref string? vatId, ref string? taxRegistrationId)
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() != "ID") { Xml.Skip(); continue; }
            var scheme = Xml.GetAttribute("schemeID")?.Trim();
            var value = OptionalText();
            if (value is null) continue;
            if (string.Equals(scheme, CiiCodes.VatScheme, StringComparison.OrdinalIgnoreCase)) vatId ??= value;
            else if (string.Equals(scheme, CiiCodes.TaxRegistrationScheme, StringComparison.OrdinalIgnoreCase)) taxRegistrationId ??= value;
        }
    }

    // BT-34 / BT-49: ram:URIUniversalCommunication/ram:URIID with its scheme.
    private Identifier? ReadUriId()
    {
        Identifier? id = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() == "URIID") Keep(ref id, IdentifierValue());
            else Xml.Skip();
        }
        return id;
    }

    // BG-6 / BG-9: the contact point is a person's or a department's name.
    private Contact ReadContact()
    {
        string? person = null, department = null, telephone = null, email = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "PersonName": Keep(ref person, OptionalText()); break;
                case "DepartmentName": Keep(ref department, OptionalText()); break;
                case "TelephoneUniversalCommunication": Keep(ref telephone, ReadChildText("CompleteNumber")); break;
                case "EmailURIUniversalCommunication": Keep(ref email, ReadChildText("URIID")); break;
                default: Xml.Skip(); break;
            }
        }
        return new Contact(person ?? department, telephone, email);
    }

    private Address ReadAddress()
    {
        string? line1 = null, line2 = null, line3 = null, city = null, postalCode = null, subdivision = null, country = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "PostcodeCode": Keep(ref postalCode, OptionalText()); break;
                case "LineOne": Keep(ref line1, OptionalText()); break;
                case "LineTwo": Keep(ref line2, OptionalText()); break;
                case "LineThree": Keep(ref line3, OptionalText()); break;
                case "CityName": Keep(ref city, OptionalText()); break;
                case "CountryID": Keep(ref country, OptionalText()); break;
                case "CountrySubDivisionName": Keep(ref subdivision, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
        return new Address
        {
            Line1 = line1, Line2 = line2, Line3 = line3, City = city, PostalCode = postalCode, CountrySubdivision = subdivision, CountryCode = country ?? "",
        };
    }

    // BG-11.
    private TaxRepresentative ReadTaxRepresentative()
    {
        string? name = null, vatId = null, otherId = null;
        Address? address = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "Name": Keep(ref name, OptionalText()); break;
                case "PostalTradeAddress": Keep(ref address, ReadAddress()); break;
                case "SpecifiedTaxRegistration": ReadTaxRegistration(ref vatId, ref otherId); break;
                default: Xml.Skip(); break;
            }
        }
        return new TaxRepresentative { Name = name ?? "", VatIdentifier = vatId ?? "", Address = address ?? new Address { CountryCode = "" } };
    }

    // BG-13's party: the name BT-70, the location BT-71 (ram:ID or ram:GlobalID) and the address BG-15.
    private (string? Name, Identifier? LocationId, Address? Address) ReadShipTo()
    {
        string? name = null;
        Identifier? location = null;
        Address? address = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID" or "GlobalID": Keep(ref location, IdentifierValue()); break;
                case "Name": Keep(ref name, OptionalText()); break;
                case "PostalTradeAddress": Keep(ref address, ReadAddress()); break;
                default: Xml.Skip(); break;
            }
        }
        return (name, location, address);
    }

    // BG-10.
    private Payee ReadPayee()
    {
        string? name = null;
        Identifier? id = null, legalId = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID" or "GlobalID": Keep(ref id, IdentifierValue()); break;
                case "Name": Keep(ref name, OptionalText()); break;
                case "SpecifiedLegalOrganization":
                    string? ignoredTradingName = null;
                    ReadLegalOrganization(ref legalId, ref ignoredTradingName);
                    break;
                default: Xml.Skip(); break;
            }
        }
        return new Payee { Name = name ?? "", Identifier = id, LegalRegistrationId = legalId };
    }
}
