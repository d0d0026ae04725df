using Efactura.Core.Model;

namespace Efactura.Ubl;

internal sealed partial class UblDocumentWriter
{
    // AccountingSupplierParty .. Delivery.
    private void WriteParties()
    {
        var creditorId = CreditorId();
        Start("AccountingSupplierParty");
        WriteParty(invoice.Seller, invoice.Payee is null ? creditorId : null);
        End();
        Start("AccountingCustomerParty");
        WriteParty(invoice.Buyer, null);
        End();
        WritePayee(invoice.Payee, creditorId);
        WriteTaxRepresentative(invoice.SellerTaxRepresentative);
        WriteDelivery(invoice.Delivery);
    }

    // BT-90 has no place in the payment means: the binding puts it among the payee's identifiers, or the seller's.
    private Identifier? CreditorId()
    {
        foreach (var instructions in invoice.PaymentInstructions.OrEmpty())
        {
            if (instructions.DirectDebit?.CreditorId is { } id && HasText(id.Value))
                return id with { SchemeId = UblCodes.SepaScheme };
        }
        return null;
    }

    private void WriteParty(Party party, Identifier? creditorId)
    {
        Start("Party");
        Identifier("EndpointID", party.ElectronicAddress);
        foreach (var identifier in party.Identifiers.OrEmpty())
            PartyIdentification(identifier);
        if (creditorId is not null && !party.Identifiers.OrEmpty().Contains(creditorId))
            PartyIdentification(creditorId);
        PartyName(party.TradingName);
        WriteAddress("PostalAddress", party.Address);
        PartyTaxScheme(party.VatIdentifier, UblCodes.VatScheme);
        PartyTaxScheme(party.TaxRegistrationId, UblCodes.TaxRegistrationScheme);
        if (HasText(party.Name) || HasText(party.LegalRegistrationId?.Value) || HasText(party.AdditionalLegalInformation))
        {
            Start("PartyLegalEntity");
            Text("RegistrationName", party.Name);
            Identifier("CompanyID", party.LegalRegistrationId);
            Text("CompanyLegalForm", party.AdditionalLegalInformation);
            End();
        }
        WriteContact(party.Contact);
        End();
    }

    private void PartyIdentification(Identifier? identifier)
    {
        if (identifier is null || !HasText(identifier.Value)) return;
        Start("PartyIdentification");
        Identifier("ID", identifier);
        End();
    }

    private void PartyName(string? name)
    {
        if (!HasText(name)) return;
        Start("PartyName");
        Text("Name", name);
        End();
    }

    private void PartyTaxScheme(string? companyId, string scheme)
    {
        if (!HasText(companyId)) return;
        Start("PartyTaxScheme");
        Text("CompanyID", companyId);
        Start("TaxScheme");
        Text("ID", scheme);
        End();
        End();
    }

    private void WriteContact(Contact? contact)
    {
        if (contact is null || !(HasText(contact.Name) || HasText(contact.Telephone) || HasText(contact.Email))) return;
        Start("Contact");
        Text("Name", contact.Name);
        Text("Telephone", contact.Telephone);
        Text("ElectronicMail", contact.Email);
        End();
    }

    // An address with no value at all is omitted, so that an absent address reads back as the same empty one.
    private void WriteAddress(string name, Address? address)
    {
        if (address is null || IsEmpty(address)) return;
        Start(name);
        Text("StreetName", address.Line1);
        Text("AdditionalStreetName", address.Line2);
        Text("CityName", address.City);
        Text("PostalZone", address.PostalCode);
        Text("CountrySubentity", address.CountrySubdivision);
        if (HasText(address.Line3))
        {
            Start("AddressLine");
            Text("Line", address.Line3);
            End();
        }
        if (HasText(address.CountryCode))
        {
            Start("Country");
            Text("IdentificationCode", address.CountryCode);
            End();
        }
        End();
    }

    private static bool IsEmpty(Address address) =>
        !HasText(address.Line1) && !HasText(address.Line2) && !HasText(address.Line3) && !HasText(address.City)
        && !HasText(address.PostalCode) && !HasText(address.CountrySubdivision) && !HasText(address.CountryCode);

    private void WritePayee(Payee? payee, Identifier? creditorId)
    {
        if (payee is null) return;
        Start("PayeeParty");
        PartyIdentification(payee.Identifier);
        if (creditorId is not null && creditorId != payee.Identifier) PartyIdentification(creditorId);
        PartyName(payee.Name);
        if (HasText(payee.LegalRegistrationId?.Value))
        {
            Start("PartyLegalEntity");
            Identifier("CompanyID", payee.LegalRegistrationId);
            End();
        }
        End();
    }

    private void WriteTaxRepresentative(TaxRepresentative? representative)
    {
        if (representative is null) return;
        Start("TaxRepresentativeParty");
        PartyName(representative.Name);
        WriteAddress("PostalAddress", representative.Address);
        PartyTaxScheme(representative.VatIdentifier, UblCodes.VatScheme);
        End();
    }

    private void WriteDelivery(Delivery? delivery)
    {
        if (delivery is null) return;
        Start("Delivery");
        Date("ActualDeliveryDate", delivery.ActualDeliveryDate);
        var hasAddress = delivery.Address is { } address && !IsEmpty(address);
        if (HasText(delivery.LocationId?.Value) || hasAddress)
        {
            Start("DeliveryLocation");
            Identifier("ID", delivery.LocationId);
            WriteAddress("Address", delivery.Address);
            End();
        }
        if (HasText(delivery.PartyName))
        {
            Start("DeliveryParty");
            PartyName(delivery.PartyName);
            End();
        }
        End();
    }

    // PaymentMeans and PaymentTerms (BG-16, BT-20).
    private void WritePayment()
    {
        var first = true;
        foreach (var instructions in invoice.PaymentInstructions.OrEmpty())
        {
            // A credit note has no cbc:DueDate: BT-9 is the first payment means' due date (UBL-SR-45 allows one).
            WritePaymentMeans(instructions, _creditNote && first ? invoice.DueDate : null);
            first = false;
        }
        if (HasText(invoice.PaymentTerms))
        {
            Start("PaymentTerms");
            Text("Note", invoice.PaymentTerms);
            End();
        }
    }

    private void WritePaymentMeans(PaymentInstructions instructions, DateOnly? dueDate)
    {
        Start("PaymentMeans");
        xml.WriteStartElement("cbc", "PaymentMeansCode", Cbc);
        if (HasText(instructions.MeansText)) xml.WriteAttributeString("name", instructions.MeansText);
        xml.WriteString(instructions.MeansCode ?? "");
        xml.WriteEndElement();
        Date("PaymentDueDate", dueDate);
        Text("PaymentID", instructions.RemittanceInformation);
        if (instructions.Card is { } card)
        {
            Start("CardAccount");
            Text("PrimaryAccountNumberID", card.PrimaryAccountNumber ?? "", required: true);
            Text("NetworkID", card.NetworkId ?? "", required: true);
            Text("HolderName", card.HolderName);
            End();
        }
        if (instructions.CreditTransfer is { } transfer)
        {
            Start("PayeeFinancialAccount");
            Text("ID", transfer.AccountId ?? "", required: true);
            Text("Name", transfer.AccountName);
            if (HasText(transfer.ServiceProviderId))
            {
                Start("FinancialInstitutionBranch");
                Text("ID", transfer.ServiceProviderId);
                End();
            }
            End();
        }
        if (instructions.DirectDebit is { } debit)
        {
            // Written even when empty: the mandate marks the direct debit the creditor identifier (BT-90) belongs to.
            Start("PaymentMandate");
            Text("ID", debit.MandateReference);
            if (HasText(debit.DebitedAccountId))
            {
                Start("PayerFinancialAccount");
                Text("ID", debit.DebitedAccountId);
                End();
            }
            End();
        }
        End();
    }
}
