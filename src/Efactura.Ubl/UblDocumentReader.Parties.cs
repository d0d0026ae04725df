using System.Collections.Immutable;
using Efactura.Core.Model;

namespace Efactura.Ubl;

internal sealed partial class UblDocumentReader
{
    // AccountingSupplierParty / AccountingCustomerParty: the cac:Party inside.
    private Party ReadRoleParty(List<Identifier>? sepaIds)
    {
        Party? party = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() == "Party") Keep(ref party, ReadParty(sepaIds));
            else Xml.Skip();
        }
        return party ?? EmptyParty();
    }

    private Party ReadParty(List<Identifier>? sepaIds)
    {
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        Identifier? endpoint = null, legalId = null;
        string? tradingName = null, vatId = null, taxRegistrationId = null, name = null, legalForm = null;
        Address? address = null;
        Contact? contact = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "EndpointID": Keep(ref endpoint, IdentifierValue()); break;
                case "PartyIdentification": AddIdentifier(identifiers, ReadPartyIdentification()); break;
                case "PartyName": Keep(ref tradingName, ReadChildText("Name")); break;
                case "PostalAddress": Keep(ref address, ReadAddress()); break;
                case "PartyTaxScheme": ReadPartyTaxScheme(ref vatId, ref taxRegistrationId); break;
                case "PartyLegalEntity": ReadLegalEntity(ref name, ref legalId, ref legalForm); break;
                case "Contact": Keep(ref contact, ReadContact()); break;
                default: Xml.Skip(); break;
            }
        }
        if (sepaIds is not null)
        {
            // BT-90 is kept apart until the payment means are known (see AttachCreditorId).
            foreach (var identifier in identifiers.Where(IsSepa)) sepaIds.Add(identifier);
        }
        return new Party
        {
            Name = name ?? "", TradingName = tradingName, Identifiers = identifiers.DrainToImmutable(), LegalRegistrationId = legalId,
            VatIdentifier = vatId, TaxRegistrationId = taxRegistrationId, AdditionalLegalInformation = legalForm,
            ElectronicAddress = endpoint, Address = address ?? new Address { CountryCode = "" }, Contact = contact,
        };
    }

    private static void AddIdentifier(ImmutableArray<Identifier>.Builder identifiers, Identifier? identifier)
    {
        if (identifier is not null) identifiers.Add(identifier);
    }

    private static bool IsSepa(Identifier identifier) =>
        string.Equals(identifier.SchemeId, UblCodes.SepaScheme, StringComparison.OrdinalIgnoreCase);

    private Identifier? ReadPartyIdentification()
    {
        Identifier? id = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() == "ID") Keep(ref id, IdentifierValue());
            else Xml.Skip();
        }
        return id;
    }

    // BT-31 / BT-48 / BT-63 under TaxScheme VAT; BT-32 under any other scheme.
    private void ReadPartyTaxScheme(ref string? vatId, ref string? taxRegistrationId)
    {
        string? companyId = null, scheme = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "CompanyID": Keep(ref companyId, OptionalText()); break;
                case "TaxScheme": Keep(ref scheme, ReadChildText("ID")); break;
                default: Xml.Skip(); break;
            }
        }
        if (companyId is null) return;
        if (string.Equals(scheme, UblCodes.VatScheme, StringComparison.OrdinalIgnoreCase)) vatId ??= companyId;
        else taxRegistrationId ??= companyId;
    }

    private void ReadLegalEntity(ref string? name, ref Identifier? legalId, ref string? legalForm)
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "RegistrationName": Keep(ref name, OptionalText()); break;
                case "CompanyID": Keep(ref legalId, IdentifierValue()); break;
                case "CompanyLegalForm": Keep(ref legalForm, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
    }

    private Contact ReadContact()
    {
        string? name = null, telephone = null, email = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "Name": Keep(ref name, OptionalText()); break;
                case "Telephone": Keep(ref telephone, OptionalText()); break;
                case "ElectronicMail": Keep(ref email, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
        return new Contact(name, telephone, email);
    }

    private Address ReadAddress()
    {
        string? street = null, additional = null, line3 = null, city = null, postalCode = null, subdivision = null, country = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "StreetName": Keep(ref street, OptionalText()); break;
                case "AdditionalStreetName": Keep(ref additional, OptionalText()); break;
                case "CityName": Keep(ref city, OptionalText()); break;
                case "PostalZone": Keep(ref postalCode, OptionalText()); break;
                case "CountrySubentity": Keep(ref subdivision, OptionalText()); break;
                case "AddressLine": Keep(ref line3, ReadChildText("Line")); break;
                case "Country": Keep(ref country, ReadChildText("IdentificationCode")); break;
                default: Xml.Skip(); break;
            }
        }
        return new Address
        {
            Line1 = street, Line2 = additional, Line3 = line3, City = city, PostalCode = postalCode,
            CountrySubdivision = subdivision, CountryCode = country ?? "",
        };
    }

    private Payee ReadPayee()
    {
        var identifiers = new List<Identifier>();
        string? name = null;
        Identifier? legalId = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "PartyIdentification":
                    if (ReadPartyIdentification() is { } identifier) identifiers.Add(identifier);
                    break;
                case "PartyName": Keep(ref name, ReadChildText("Name")); break;
                case "PartyLegalEntity":
                    string? ignoredName = null, ignoredForm = null;
                    ReadLegalEntity(ref ignoredName, ref legalId, ref ignoredForm);
                    break;
                default: Xml.Skip(); break;
            }
        }
        _payeeSepaIds.AddRange(identifiers.Where(IsSepa));
        return new Payee { Name = name ?? "", Identifier = identifiers.FirstOrDefault(i => !IsSepa(i)), LegalRegistrationId = legalId };
    }

    private TaxRepresentative ReadTaxRepresentative()
    {
        string? name = null, vatId = null, otherId = null;
        Address? address = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "PartyName": Keep(ref name, ReadChildText("Name")); break;
                case "PostalAddress": Keep(ref address, ReadAddress()); break;
                case "PartyTaxScheme": ReadPartyTaxScheme(ref vatId, ref otherId); break;
                default: Xml.Skip(); break;
            }
        }
        return new TaxRepresentative { Name = name ?? "", VatIdentifier = vatId ?? "", Address = address ?? new Address { CountryCode = "" } };
    }

    private Delivery ReadDelivery()
    {
        DateOnly? date = null;
        Identifier? locationId = null;
        Address? address = null;
        string? partyName = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ActualDeliveryDate": Keep(ref date, Date()); break;
                case "DeliveryLocation":
                    for (var inner = FirstChild(); inner; inner = NextChild())
                    {
                        switch (ChildName())
                        {
                            case "ID": Keep(ref locationId, IdentifierValue()); break;
                            case "Address": Keep(ref address, ReadAddress()); break;
                            default: Xml.Skip(); break;
                        }
                    }
                    break;
                case "DeliveryParty":
                    for (var inner = FirstChild(); inner; inner = NextChild())
                    {
                        if (ChildName() == "PartyName") Keep(ref partyName, ReadChildText("Name"));
                        else Xml.Skip();
                    }
                    break;
                default: Xml.Skip(); break;
            }
        }
        return new Delivery { PartyName = partyName, LocationId = locationId, ActualDeliveryDate = date, Address = address };
    }

    // BG-16 with BG-17 (PayeeFinancialAccount), BG-18 (CardAccount) and BG-19 (PaymentMandate).
    private PaymentInstructions ReadPaymentMeans()
    {
        string? code = null, text = null, remittance = null;
        CreditTransfer? transfer = null;
        PaymentCard? card = null;
        DirectDebit? debit = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "PaymentMeansCode" when code is null:
                    var name = Xml.GetAttribute("name")?.Trim();
                    text = string.IsNullOrEmpty(name) ? null : name;
                    code = Text();
                    break;
                case "PaymentDueDate": Keep(ref _paymentMeansDueDate, Date()); break;
                case "PaymentID": Keep(ref remittance, OptionalText()); break;
                case "CardAccount": Keep(ref card, ReadCard()); break;
                case "PayeeFinancialAccount": Keep(ref transfer, ReadFinancialAccount()); break;
                case "PaymentMandate": Keep(ref debit, ReadMandate()); break;
                default: Xml.Skip(); break;
            }
        }
        return new PaymentInstructions
        {
            MeansCode = code ?? "", MeansText = text, RemittanceInformation = remittance, CreditTransfer = transfer, Card = card, DirectDebit = debit,
        };
    }

    private PaymentCard ReadCard()
    {
        string? number = null, network = null, holder = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "PrimaryAccountNumberID": Keep(ref number, OptionalText()); break;
                case "NetworkID": Keep(ref network, OptionalText()); break;
                case "HolderName": Keep(ref holder, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
        return new PaymentCard(number ?? "", holder, network ?? "");
    }

    private CreditTransfer ReadFinancialAccount()
    {
        string? id = null, name = null, provider = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID": Keep(ref id, OptionalText()); break;
                case "Name": Keep(ref name, OptionalText()); break;
                case "FinancialInstitutionBranch": Keep(ref provider, ReadChildText("ID")); break;
                default: Xml.Skip(); break;
            }
        }
        return new CreditTransfer(id ?? "", name, provider);
    }

    private DirectDebit ReadMandate()
    {
        string? mandate = null, debited = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID": Keep(ref mandate, OptionalText()); break;
                case "PayerFinancialAccount": Keep(ref debited, ReadChildText("ID")); break;
                default: Xml.Skip(); break;
            }
        }
        return new DirectDebit(mandate, null, debited);
    }

    // BT-90, written among the payee's or the seller's identifiers with scheme SEPA, belongs to the direct
    // debits. Without a direct debit to carry it, it stays an identifier of its party.
    private (ImmutableArray<PaymentInstructions> Instructions, bool CreditorIdPlaced) AttachCreditorId()
    {
        var creditorId = _payeeSepaIds.Concat(_sellerSepaIds).FirstOrDefault();
        var hasDirectDebit = _payments.Any(p => p.DirectDebit is not null);
        if (creditorId is null || !hasDirectDebit) return (_payments.DrainToImmutable(), false);
        var sepa = new Identifier(creditorId.Value);
        var instructions = _payments
            .Select(p => p.DirectDebit is { CreditorId: null } debit ? p with { DirectDebit = debit with { CreditorId = sepa } } : p)
            .ToImmutableArray();
        return (instructions, true);
    }

    private static Party WithoutCreditorIds(Party seller, List<Identifier> sepaIds, bool creditorIdPlaced) =>
        creditorIdPlaced && sepaIds.Count > 0 ? seller with { Identifiers = [.. seller.Identifiers.Where(i => !IsSepa(i))] } : seller;

    private Payee? PayeeWithIdentifiers(bool creditorIdPlaced)
    {
        if (_payee is null || creditorIdPlaced || _payee.Identifier is not null) return _payee;
        return _payee with { Identifier = _payeeSepaIds.FirstOrDefault() };
    }
}
