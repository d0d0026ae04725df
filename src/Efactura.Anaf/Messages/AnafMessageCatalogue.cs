using System.Text.RegularExpressions;

namespace Efactura.Anaf.Messages;

/// <summary>
/// Every message text of anaf-api.md (upload, stareMesaj, lists, descarcare, validare, the error file,
/// the 400 bodies), each recognised by a pattern and mapped to a stable code, an English explanation and
/// a fix. Rule failures (<c>E: … eroare regula: R…: …</c> and <c>[BR-…]-…</c>) keep the official rule id as code.
/// </summary>
public static partial class AnafMessageCatalogue
{
    private sealed record Entry(string Code, AnafMessageCategory Category, Regex Pattern, string Explanation, string Fix);

    private static Entry E(string code, AnafMessageCategory category, string pattern, string explanation, string fix) =>
        new(code, category, new Regex("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline), explanation, fix);

    private static readonly Entry[] Entries =
    [
        // Upload (anaf-api.md §2.2)
        E("ANAF-STANDARD-INVALID", AnafMessageCategory.InvalidRequest, @"Valorile acceptate pentru parametrul standard sunt UBL, (CN, )?CII sau RASP",
            "The standard parameter must be UBL, CN, CII or RASP.", "Send standard=UBL for invoices, CN for credit notes, RASP for buyer messages."),
        E("ANAF-FILE-TOO-LARGE", AnafMessageCategory.InvalidRequest, @"Marime fisier transmis mai mare de (\d+) MB\.",
            "The file is larger than ANAF accepts (10 MB for upload, 5 MB for validare and transformare).", "Reduce the file: remove or shrink embedded attachments."),
        E("ANAF-CIF-NOT-NUMBER", AnafMessageCategory.InvalidRequest, @"CIF introdus= (.*) nu este un numar( sau nu are o valoare acceptata de sistem)?",
            "The cif parameter is not a number.", "Send the CIF as digits only, without the RO prefix."),
        E("ANAF-NO-SPV-RIGHTS-AT-ALL", AnafMessageCategory.NoRights, @"Nu exista niciun CIF (pentru|petru) care sa aveti drept( in SPV)?",
            "The certificate that obtained the token has no SPV rights for any company.", "Register the certificate in SPV for the company (form 150/ANAF rights), then log in again."),
        E("ANAF-NO-SPV-RIGHTS", AnafMessageCategory.NoRights, @"Nu aveti drept in SPV pentru CIF=(\d*)",
            "The certificate that obtained the token has no SPV rights for this CIF.", "Use a token obtained with a certificate that has SPV rights for this company."),
        E("ANAF-XML-INVALID", AnafMessageCategory.InvalidDocument, @"Fisierul transmis nu este valid\..*",
            "The XML is not well-formed or breaks the UBL schema (the text carries the parser's line, column and reason).", "Fix the XML at the given line and column; check the root element and namespaces match the standard parameter."),
        E("ANAF-EXTERN-VALUE", AnafMessageCategory.InvalidRequest, @"Daca parametrul extern trebuie completat, valoarea acceptata este DA",
            "The extern parameter accepts only DA.", "Send extern=DA for buyers outside Romania, or leave it out."),
        E("ANAF-SELF-BILLING-VALUE", AnafMessageCategory.InvalidRequest, @"Daca parametrul autofacturare trebuie completat, valoarea acceptata este DA",
            "The autofactura parameter accepts only DA.", "Send autofactura=DA for self-billed invoices, or leave it out."),
        E("ANAF-ENFORCEMENT-VALUE", AnafMessageCategory.InvalidRequest, @"Daca parametrul executare trebuie completat, valoarea acceptata este DA",
            "The executare parameter accepts only DA.", "Send executare=DA only for invoices filed by an enforcement body, or leave it out."),
        E("ANAF-ENFORCEMENT-NOT-REGISTERED", AnafMessageCategory.NoRights, @"CIF introdus= (\d*) nu este inregistrat in Registrul RO e-Factura executari silite",
            "The CIF is not in ANAF's register of enforcement bodies.", "Register the enforcement body with ANAF, or upload without executare=DA."),
        E("ANAF-RASP-DAILY-LIMIT", AnafMessageCategory.DailyLimit, @"S-au incarcat deja (\d+) de mesaje de tip RASP pentru cui=(\d*) in cursul zilei",
            "The daily limit of buyer messages (RASP) for this CIF is reached.", "Send the remaining buyer messages tomorrow."),
        E("ANAF-TECHNICAL-ERROR", AnafMessageCategory.Technical, @"A aparut o eroare tehnica\. Cod: (.*)",
            "ANAF had a technical failure.", "Try again later; if it persists, report the code to ANAF."),
        // stareMesaj (anaf-api.md §3); "inteorgare" is ANAF's spelling.
        E("ANAF-STATUS-NO-RIGHT", AnafMessageCategory.NoRights, @"Nu aveti dreptul de inteorgare pentru id_incarcare= ?(\d*)",
            "The certificate behind the token has no rights for the CIF of this upload.", "Query with a token for the company that uploaded the invoice."),
        E("ANAF-UPLOAD-ID-NOT-INTEGER", AnafMessageCategory.InvalidRequest, @"Id_incarcare introdus= ?(.*) nu este un numar intreg",
            "The upload index is not an integer.", "Send the index_incarcare returned by upload."),
        E("ANAF-UPLOAD-NOT-FOUND", AnafMessageCategory.NotFound, @"Nu exista factura cu id_incarcare= ?(\d*)",
            "No upload has this index (in this environment).", "Check the index and the environment (test or prod)."),
        // Lists (anaf-api.md §4.2)
        E("ANAF-LIST-EMPTY", AnafMessageCategory.Empty, @"Nu exista mesaje in .*",
            "There are no messages in the requested period.", "Nothing to do."),
        E("ANAF-DAYS-NOT-INTEGER", AnafMessageCategory.InvalidRequest, @"Numarul de zile introdus= ?(.*) nu este un numar intreg",
            "The zile parameter is not an integer.", "Send zile as a whole number from 1 to 60."),
        E("ANAF-DAYS-OUT-OF-RANGE", AnafMessageCategory.InvalidRequest, @"Numarul de zile trebuie sa fie intre 1 si 60",
            "The zile parameter must be between 1 and 60.", "Ask for 1 to 60 days."),
        E("ANAF-FILTER-INVALID", AnafMessageCategory.InvalidRequest, @"Valorile acceptate pentru parametrul filtru sunt E, T, P sau R",
            "The filtru parameter must be E, T, P or R.", "Send E (errors), T (sent), P (received) or R (buyer messages), or leave it out."),
        E("ANAF-LIST-TOO-LONG", AnafMessageCategory.InvalidRequest, @"Lista de mesaje este mai mare decat numarul de (\d+) elemente permise in pagina\. Folositi endpoint-ul cu paginatie\.",
            "More messages than one page holds; the simple list cannot return them.", "Use listaMesajePaginatieFactura."),
        E("ANAF-PARAMETER-VALUE", AnafMessageCategory.InvalidRequest, @"(startTime|endTime|pagina) = (.*) nu este un numar sau nu are o valoare acceptata de sistem",
            "A paginated-list parameter is not a valid number.", "Send startTime and endTime in Unix milliseconds and pagina from 1."),
        E("ANAF-START-TOO-OLD", AnafMessageCategory.InvalidRequest, @"startTime = (.*) nu poate fi mai vechi de (\d+) de zile fata de momentul requestului",
            "The window starts more than 60 days ago.", "Start the window within the last 60 days, with a margin for clock skew."),
        E("ANAF-END-NOT-AFTER-START", AnafMessageCategory.InvalidRequest, @"endTime = (.*) nu poate fi <= startTime = (.*)",
            "The window ends before or when it starts.", "Send an endTime later than startTime."),
        E("ANAF-END-IN-FUTURE", AnafMessageCategory.InvalidRequest, @"endTime = (.*) nu poate in viitor fata de momentul requestului( = .*)?",
            "The window ends in the future by ANAF's clock.", "End the window a little before now, to allow for clock skew."),
        E("ANAF-PAGE-OUT-OF-RANGE", AnafMessageCategory.InvalidRequest, @"Pagina solicitata (\d+) este mai mare decat numarul toatal de pagini (\d+)",
            "The page number is past the last page.", "Ask only for pages up to numar_total_pagini."),
        // Daily limits (anaf-api.md §7): stareMesaj, lists, descarcare; the generic form last.
        E("ANAF-LIST-DAILY-LIMIT", AnafMessageCategory.DailyLimit, @"S-au facut deja (\d+) (de )?interogari de (lista mesaje|tip lista mesaje).* in cursul zilei",
            "The daily limit of message-list queries for this CIF is reached (1500 simple, 100,000 paginated).", "Query again tomorrow; poll less often."),
        E("ANAF-MESSAGE-DAILY-LIMIT", AnafMessageCategory.DailyLimit, @"S-au facut deja (\d+) descarcari (de mesaj|la mesajul cu id_descarcare=\d+)\s*in cursul zilei",
            "The daily limit of queries or downloads for this message is reached (stareMesaj 100, descarcare 10).", "Ask about this message again tomorrow."),
        E("ANAF-DAILY-LIMIT", AnafMessageCategory.DailyLimit, @"S-au facut deja (\d+) .* in cursul zilei",
            "A daily limit is reached.", "Try again tomorrow."),
        // descarcare (anaf-api.md §5.3); "acesta" is ANAF's spelling.
        E("ANAF-DOWNLOAD-NOT-FOUND", AnafMessageCategory.NotFound, @"Pentru id=(.*) nu exista inregistrata nici o factura",
            "No message has this download id (in this environment).", "Use the id from stareMesaj (id_descarcare) or from the message list."),
        E("ANAF-DOWNLOAD-NO-RIGHT", AnafMessageCategory.NoRights, @"Nu aveti dreptul sa descarcati (acesta|aceasta) factura",
            "The certificate behind the token has no rights for a CIF of this message.", "Download with a token for the seller or the buyer."),
        E("ANAF-DOWNLOAD-ID-NOT-INTEGER", AnafMessageCategory.InvalidRequest, @"Id descarcare introdus= ?(.*) nu este un numar intreg",
            "The download id is not an integer.", "Send the numeric id."),
        E("ANAF-DOWNLOAD-EXPIRED", AnafMessageCategory.Expired, @"Fisierul nu mai poate fi descarcat pentru ca a trecut perioada de (\d+) de zile in care este disponibil",
            "The message is older than 60 days and ANAF no longer serves it.", "Keep ZIPs when first downloaded; ANAF keeps them 60 days only."),
        // validare / transformare (anaf-api.md §6)
        E("ANAF-VALIDATION-STANDARD-INVALID", AnafMessageCategory.InvalidRequest, @"Valorile acceptate pentru parametrul standard sunt FACT1 si FCN",
            "The validation standard must be FACT1 (invoice) or FCN (credit note).", "Use FACT1 for Invoice and FCN for CreditNote."),
        // HTTP 400 bodies (anaf-api.md §2.2, §3, §4.2, §5.3)
        E("ANAF-MISSING-PARAMETERS", AnafMessageCategory.InvalidRequest, @"Parametr(ii|ul) .* (sunt obligatorii|este obligatoriu)",
            "A required parameter is missing.", "Send every required parameter."),
        E("ANAF-MISSING-FILE", AnafMessageCategory.InvalidRequest, @"Trebuie sa aveti atasat in request un fisier de tip xml",
            "The request carries no XML file.", "Send the XML as the request body."),
        // Signature validation (anaf-api.md §6.3)
        E("ANAF-SIGNATURE-REQUEST-INVALID", AnafMessageCategory.InvalidRequest, @"Eroare tehnică: request incorect\..*",
            "One of the two files is missing or is not an e-Factura XML.", "Send both the invoice XML and its semnatura XML from the same ZIP."),
    ];

    /// <summary>The explanation of one ANAF message; unknown texts get <c>ANAF-UNKNOWN</c>.</summary>
    public static AnafExplanation Explain(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Trim();
        if (RuleFailure(text) is { } rule) return rule with { Original = message };
        var entry = Entries.FirstOrDefault(e => e.Pattern.IsMatch(text));
        return entry is null
            ? new AnafExplanation("ANAF-UNKNOWN", AnafMessageCategory.Unknown, message, "ANAF returned a message this version does not know.", "Read ANAF's text; report it so it can be catalogued.")
            : new AnafExplanation(entry.Code, entry.Category, message, entry.Explanation, entry.Fix);
    }

    /// <summary>True when <paramref name="message"/> only says a list is empty.</summary>
    public static bool IsEmptyList(string message) => message.StartsWith("Nu exista mesaje in ", StringComparison.Ordinal);

    private static AnafExplanation? RuleFailure(string text)
    {
        var schematron = SchematronRule().Match(text);
        if (schematron.Success)
            return new AnafExplanation(schematron.Groups["id"].Value, AnafMessageCategory.InvalidDocument, text,
                "The invoice breaks business rule " + schematron.Groups["id"].Value + ": " + schematron.Groups["text"].Value.Trim(),
                "Correct the invoice so the rule holds; the rule text names the business terms (BT-n) involved.");
        var anaf = AnafRule().Match(text);
        if (anaf.Success)
            return new AnafExplanation(anaf.Groups["id"].Value, AnafMessageCategory.InvalidDocument, text,
                $"ANAF's check {anaf.Groups["id"].Value} failed at {anaf.Groups["where"].Value.Trim()}: {anaf.Groups["text"].Value.Trim()}",
                "Correct the value the check names; R_BT_… checks name the business term (e.g. R_BT_32_cui: the seller's VAT id).");
        return null;
    }

    // "E: validari globale  SCHEMATRON   eroare: [BR-CO-09]-…" and bare "[BR-…]-…".
    [GeneratedRegex(@"\[(?<id>[A-Z][A-Z0-9-]*(-\d+)?[A-Za-z0-9_-]*)\]-?(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex SchematronRule();

    // "E: <where> eroare regula: R_BT_32_cui: <text>" (anaf-api.md §5.1, §6.1).
    [GeneratedRegex(@"^E:\s*(?<where>.*?)\s*eroare regula:\s*(?<id>[A-Za-z0-9_.]+):\s*(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex AnafRule();
}
