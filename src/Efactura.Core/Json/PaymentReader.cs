using System.Numerics;
using Efactura.Core.Model;
using F = Efactura.Core.Json.PaymentFields;
using Lists = Efactura.Core.CodeLists.CodeLists;

namespace Efactura.Core.Json;

/// <summary>Reads <c>payment</c> (or each of <c>payments</c>) into payment instructions (BG-16).</summary>
internal static class PaymentReader
{
    // Friendly names for UNCL 4461 payment means codes.
    private static readonly Dictionary<string, string> MeansNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["transfer"] = "30",
        ["creditTransfer"] = "30",
        ["debitTransfer"] = "31",
        ["bankAccount"] = "42",
        ["card"] = "48",
        ["directDebit"] = "49",
        ["cash"] = "10",
        ["cheque"] = "20",
        ["check"] = "20",
        ["sepaTransfer"] = "58",
        ["sepaDirectDebit"] = "59",
        ["clearing"] = "97",
    };

    /// <summary>The friendly name <see cref="InvoiceJson.Write"/> uses for a code, when there is one.</summary>
    public static string NameOf(string code) => code switch
    {
        "30" => "transfer",
        "31" => "debitTransfer",
        "42" => "bankAccount",
        "48" => "card",
        "49" => "directDebit",
        "10" => "cash",
        "20" => "cheque",
        "58" => "sepaTransfer",
        "59" => "sepaDirectDebit",
        "97" => "clearing",
        _ => code,
    };

    /// <summary>One payment instruction, and its payment terms (BT-20) when given as <c>terms</c>.</summary>
    public static (PaymentInstructions? Instructions, string? Terms) Read(JsonObjectReader r)
    {
        var terms = r.String(F.Terms);
        var iban = Iban(r);
        var accountName = r.String(F.AccountName);
        var bic = r.String(F.Bic)?.ToUpperInvariant();
        var meansText = r.String(F.MeansText);
        var reference = r.String(F.Reference);
        var card = Card(r.Object(F.Card));
        var directDebit = DirectDebit(r.Object(F.DirectDebit));
        var means = Means(r, iban is not null ? "30" : card is not null ? "48" : directDebit is not null ? "49" : null);
        var instructions = means is null ? null : new PaymentInstructions
        {
            MeansCode = means,
            MeansText = meansText,
            RemittanceInformation = reference,
            CreditTransfer = iban is null ? null : new CreditTransfer(iban, accountName, bic),
            Card = card,
            DirectDebit = directDebit,
        };
        r.ReportUnknownFields();
        return (instructions, terms);
    }

    private static string? Means(JsonObjectReader r, string? implied)
    {
        if (r.String(F.Means) is not { } text)
        {
            if (implied is null && !r.Has(F.Means)) r.ReportMissing(F.Means, "BT-81");
            return implied;
        }
        var code = MeansNames.TryGetValue(text, out var named) ? named : text;
        if (Lists.PaymentMeans.Contains(code)) return code;
        var closest = ClosestName.Find(text, MeansNames.Keys) is { } name ? new[] { $"{name} ({MeansNames[name]})" } : [];
        r.Context.Report(JsonFindings.UnknownCode(JsonErrorCodes.PaymentMeansUnknown, r.At(F.Means), text, "payment means", "modalitatea de plată", closest,
            "Use a UNCL 4461 code (30 transfer, 42 payment to bank account, 48 card, 49 direct debit, 10 cash, 97 clearing) or one of the names transfer, bankAccount, card, directDebit, cash."));
        return null;
    }

    private static string? Iban(JsonObjectReader r)
    {
        if (r.String(F.Iban) is not { } text) return null;
        var iban = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (IsValidIban(iban)) return iban;
        r.Context.Report(JsonFindings.Warning(JsonErrorCodes.IbanInvalid, r.At(F.Iban),
            $"The IBAN {JsonFindings.Quote(text)} fails the ISO 13616 check (the two check digits after the country do not match).",
            $"IBAN-ul {JsonFindings.QuoteRo(text)} nu trece verificarea ISO 13616 (cifrele de control de după țară nu se potrivesc).",
            "Copy the IBAN again from the bank statement; a Romanian IBAN has 24 characters, e.g. RO49AAAA1B31007593840000."));
        return iban;
    }

    /// <summary>ISO 13616: move the first four characters to the end, letters to 10..35, the number mod 97 is 1.</summary>
    internal static bool IsValidIban(string iban)
    {
        if (iban.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1]) || !iban.All(char.IsAsciiLetterOrDigit)) return false;
        var digits = string.Concat((iban[4..] + iban[..4]).Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    private static PaymentCard? Card(JsonObjectReader? r)
    {
        if (r is null) return null;
        var digits = r.RequiredString(ComponentFields.LastDigits, "BT-87");
        var holder = r.String(ComponentFields.Holder);
        var network = r.String(ComponentFields.Network);
        r.ReportUnknownFields();
        return digits is null ? null : new PaymentCard(digits, holder, network ?? "NA");
    }

    private static DirectDebit? DirectDebit(JsonObjectReader? r)
    {
        if (r is null) return null;
        var mandate = r.String(ComponentFields.Mandate);
        var creditor = ComponentReader.Identifier(r, ComponentFields.CreditorId, "BT-90");
        var account = r.String(ComponentFields.Account);
        r.ReportUnknownFields();
        return new DirectDebit(mandate, creditor, account);
    }
}
