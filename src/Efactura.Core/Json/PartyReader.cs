using System.Collections.Immutable;
using System.Text.Json;
using Efactura.Core.CodeLists;
using Efactura.Core.Model;
using F = Efactura.Core.Json.PartyFields;

namespace Efactura.Core.Json;

/// <summary>Reads <c>supplier</c> and <c>customer</c> into a <see cref="Party"/>; the identifier mapping is documented on <see cref="PartyFields"/>.</summary>
internal static class PartyReader
{
    public static Party Read(JsonObjectReader r, PartyRole role)
    {
        var name = r.RequiredString(F.Name, role == PartyRole.Seller ? "BT-27" : "BT-44");
        var tradingName = r.String(F.TradingName);
        var vatNumber = VatNumber(r.String(F.VatNumber));
        var identifiers = Identifiers(r);
        var electronicAddress = ElectronicAddress(r);
        var addressReader = r.RequiredObject(F.Address, role == PartyRole.Seller ? "BG-5" : "BG-8");
        var address = addressReader is null ? new Address { CountryCode = "RO" } : AddressReader.Read(addressReader);
        var contact = Contact(r);
        var party = new Party
        {
            Name = name ?? "",
            TradingName = tradingName,
            VatIdentifier = vatNumber,
            Identifiers = identifiers,
            ElectronicAddress = electronicAddress,
            Address = address,
            Contact = contact,
        };
        party = role == PartyRole.Seller ? WithSellerRegistration(r, party) : WithBuyerRegistration(r, party);
        ReportPartnerNotFilled(r, role);
        r.ReportUnknownFields();
        return party;
    }

    // The gateway replaces customer.partnerId by the partner's data before the invoice is read; one still here was not.
    private static void ReportPartnerNotFilled(JsonObjectReader r, PartyRole role)
    {
        if (!r.Has(F.PartnerId)) return;
        r.Context.Report(role == PartyRole.Buyer
            ? JsonFindings.Fatal(JsonErrorCodes.PartnerNotFilled, r.At(F.PartnerId),
                "The customer names a partner (partnerId), which only the gateway fills the customer from (POST /v1/invoices and /v1/invoices/validate).",
                "Clientul numește un partener (partnerId), din care doar gateway-ul completează clientul (POST /v1/invoices și /v1/invoices/validate).",
                "Post the invoice to the gateway, or give the customer's name, identifiers and address here instead of partnerId.")
            : JsonFindings.Fatal(JsonErrorCodes.PartnerNotFilled, r.At(F.PartnerId),
                "Only the customer may name a partner (partnerId); the supplier is the company that issues the invoice.",
                "Doar clientul poate numi un partener (partnerId); furnizorul este compania care emite factura.",
                "Remove partnerId from the supplier and give the supplier's data."));
    }

    /// <summary>A VAT number without spaces, upper-cased: "ro 123" → "RO123".</summary>
    public static string? VatNumber(string? text) => text is null ? null : string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static Party WithSellerRegistration(JsonObjectReader r, Party party)
    {
        var cui = CheckedCui(r);
        var cnp = CheckedCnp(r, PartyRole.Seller);
        var tradeRegister = r.String(F.TradeRegister);
        var legal = LegalRegistration(r, tradeRegister);
        var taxRegistration = r.String(F.TaxRegistrationId);
        var legalInfo = r.String(F.LegalInfo);
        // A person invoices under the CNP, a company under the CUI: one fiscal code per seller.
        if (cnp is not null && cui is not null) r.Context.Report(JsonFindings.Conflict(r.At(F.Cnp), r.At(F.Cui)));
        if (taxRegistration is not null && (cui ?? cnp) is not null && party.VatIdentifier is null)
            r.Context.Report(JsonFindings.Conflict(r.At(F.TaxRegistrationId), r.At(cui is not null ? F.Cui : F.Cnp)));

        // Not registered for VAT, identified by the CNP (a natural person, in e-Factura since 2026-06-01): the CNP is the
        // tax registration identifier BT-32 that BR-RO-065 asks for, and the legal registration identifier BT-30 that
        // BR-CO-26 asks for when there is no VAT identifier (a person has no trade register number to put there).
        if (party.VatIdentifier is null && cnp is not null && cui is null)
            return party with { TaxRegistrationId = taxRegistration ?? cnp, LegalRegistrationId = legal ?? new Identifier(cnp), AdditionalLegalInformation = legalInfo };

        // Not registered for VAT: the CUI is the tax registration identifier that BR-RO-065 asks for.
        if (party.VatIdentifier is null) return party with { TaxRegistrationId = taxRegistration ?? cui, LegalRegistrationId = legal, AdditionalLegalInformation = legalInfo };

        // Registered for VAT under a VAT number, and identified by a CNP: the CNP is the legal registration identifier.
        if (cnp is not null && cui is null && legal is null) legal = new Identifier(cnp);

        // Registered for VAT: the CUI is the VAT number without "RO"; ANAF's examples then write it as BT-30.
        if (legal is null && cui is not null) legal = new Identifier(cui);
        else if (cui is not null && !SameNumber(cui, party.VatIdentifier))
        {
            r.Context.Report(JsonFindings.Warning(JsonErrorCodes.Ignored, r.At(F.Cui),
                $"The cui {JsonFindings.Quote(cui)} is not the VAT number {JsonFindings.Quote(party.VatIdentifier)} without \"RO\", and {F.TradeRegister} already fills the legal registration identifier (BT-30); the cui is not written.",
                $"CUI-ul {JsonFindings.QuoteRo(cui)} nu este codul de TVA {JsonFindings.QuoteRo(party.VatIdentifier)} fără „RO”, iar {F.TradeRegister} completează deja identificatorul de înregistrare legală (BT-30); CUI-ul nu se scrie.",
                "Check the cui and the vatNumber; they should be the same number."));
        }
        return party with { TaxRegistrationId = taxRegistration, LegalRegistrationId = legal, AdditionalLegalInformation = legalInfo };
    }

    private static Party WithBuyerRegistration(JsonObjectReader r, Party party)
    {
        var legal = ComponentReader.Identifier(r, F.LegalRegistrationId, "BT-47");
        var cnp = CheckedCnp(r, PartyRole.Buyer);
        var cui = CheckedCui(r);
        var tradeRegister = r.String(F.TradeRegister);
        // BT-47 holds one identifier; the first given in this order wins (see PartyFields).
        (string Field, Identifier? Value)[] candidates =
            [(F.LegalRegistrationId, legal), (F.Cnp, Wrap(cnp)), (F.Cui, Wrap(cui)), (F.TradeRegister, Wrap(tradeRegister))];
        var given = candidates.Where(c => c.Value is not null).ToList();
        foreach (var (field, value) in given.Skip(1))
        {
            r.Context.Report(JsonFindings.Warning(JsonErrorCodes.Ignored, r.At(field),
                $"The buyer has one legal registration identifier (BT-47), already filled by \"{given[0].Field}\"; {field} {JsonFindings.Quote(value!.Value)} is not written.",
                $"Cumpărătorul are un singur identificator de înregistrare legală (BT-47), completat deja de „{given[0].Field}”; {field} {JsonFindings.QuoteRo(value!.Value)} nu se scrie.",
                $"Remove \"{field}\" or \"{given[0].Field}\"."));
        }
        return party with { LegalRegistrationId = given.Count == 0 ? null : given[0].Value };
    }

    private static Identifier? LegalRegistration(JsonObjectReader r, string? tradeRegister)
    {
        var legal = ComponentReader.Identifier(r, F.LegalRegistrationId, "BT-30");
        if (legal is null) return Wrap(tradeRegister);
        if (tradeRegister is not null) r.Context.Report(JsonFindings.Conflict(r.At(F.TradeRegister), r.At(F.LegalRegistrationId)));
        return legal;
    }

    private static string? CheckedCui(JsonObjectReader r)
    {
        if (r.String(F.Cui) is not { } text) return null;
        var cui = Cui.Normalize(text);
        if (!Cui.IsValid(cui))
        {
            r.Context.Report(JsonFindings.Warning(JsonErrorCodes.CuiInvalid, r.At(F.Cui),
                $"The cui {JsonFindings.Quote(text)} is not a valid Romanian fiscal code: its check digit is wrong.",
                $"CUI-ul {JsonFindings.QuoteRo(text)} nu este un cod fiscal valid: cifra de control este greșită.",
                "Copy the fiscal code from the company's registration certificate, without the \"RO\" prefix."));
        }
        return cui;
    }

    private static string? CheckedCnp(JsonObjectReader r, PartyRole role)
    {
        if (r.String(F.Cnp) is not { } cnp) return null;
        if (Cnp.IsValid(cnp) || (role == PartyRole.Buyer && Cnp.IsAnonymous(cnp))) return cnp;
        if (role == PartyRole.Seller)
        {
            r.Context.Report(JsonFindings.Warning(JsonErrorCodes.CnpInvalid, r.At(F.Cnp),
                $"The supplier's cnp {JsonFindings.Quote(cnp)} is not a valid personal numeric code.",
                $"CNP-ul furnizorului, {JsonFindings.QuoteRo(cnp)}, nu este un cod numeric personal valid.",
                "Copy the seller's 13-digit CNP from the identity card; \"0000000000000\" stands only for a buyer whose CNP is not known."));
            return cnp;
        }
        r.Context.Report(JsonFindings.Warning(JsonErrorCodes.CnpInvalid, r.At(F.Cnp),
            $"The cnp {JsonFindings.Quote(cnp)} is not a valid personal numeric code.",
            $"CNP-ul {JsonFindings.QuoteRo(cnp)} nu este un cod numeric personal valid.",
            "Check the 13 digits, or send \"0000000000000\" when the buyer's CNP is not known."));
        return cnp;
    }

    private static bool SameNumber(string cui, string vatNumber) =>
        string.Equals(vatNumber.StartsWith("RO", StringComparison.Ordinal) ? vatNumber[2..] : vatNumber, cui, StringComparison.Ordinal);

    private static Identifier? Wrap(string? value) => value is null ? null : new Identifier(value);

    private static ImmutableArray<Identifier> Identifiers(JsonObjectReader r)
    {
        if (!r.TryGet(F.Identifiers, out var item)) return [];
        return [.. r.Context.Array(item.Element, item.Pointer).Select(i => ComponentReader.Identifier(r.Context, i, "BT-29")).OfType<Identifier>()];
    }

    private static Identifier? ElectronicAddress(JsonObjectReader r)
    {
        if (!r.TryGet(F.ElectronicAddress, out var item)) return null;
        var id = ComponentReader.Identifier(r.Context, item, "BT-34");
        if (id is null || id.SchemeId is not null) return id;
        // A bare e-mail address gets the EAS scheme EM; any other bare value needs its scheme (BR-62, BR-63).
        if (id.Value.Contains('@', StringComparison.Ordinal)) return id with { SchemeId = "EM" };
        r.Context.Report(JsonFindings.Required(item.Pointer.Append(ComponentFields.Scheme), ComponentFields.Scheme, "BT-34-1", item.Pointer));
        return id;
    }

    private static Contact? Contact(JsonObjectReader r)
    {
        var email = r.String(F.Email);
        var phone = r.String(F.Phone);
        var contactName = r.String(F.ContactName);
        return email is null && phone is null && contactName is null ? null : new Contact(contactName, phone, email);
    }
}
