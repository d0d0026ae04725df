using System.Collections.Frozen;

namespace Efactura.Server.Dashboard;

/// <summary>
/// The dashboard's words in Romanian and English. The language comes from the <see cref="CookieName"/> cookie set by
/// the language switch; Romanian unless it says <c>en</c>.
/// </summary>
public sealed class DashboardText
{
    /// <summary>The cookie that holds the chosen language.</summary>
    public const string CookieName = "efactura-lang";

    private static readonly FrozenDictionary<string, (string Ro, string En)> Words = new Dictionary<string, (string Ro, string En)>
    {
        ["app"] = ("efactura: panou", "efactura dashboard"),
        ["skip"] = ("Sari la conținut", "Skip to content"),
        ["triage"] = ("De rezolvat", "Triage"),
        ["companies"] = ("Companii", "Companies"),
        ["invoices"] = ("Facturi", "Invoices"),
        ["invoice"] = ("Factura", "Invoice"),
        ["signOut"] = ("Ieșire", "Sign out"),
        ["signIn"] = ("Autentificare", "Sign in"),
        ["email"] = ("Email", "Email"),
        ["password"] = ("Parolă", "Password"),
        ["signInFailed"] = ("Email sau parolă greșită.", "Wrong email or password."),
        ["lockedOut"] = ("Prea multe încercări greșite: contul este blocat temporar. Încercați mai târziu.", "Too many failed attempts: the account is locked for a while. Try again later."),
        ["setPassword"] = ("Alegeți parola", "Choose your password"),
        ["newPassword"] = ("Parola nouă (cel puțin 10 caractere)", "New password (at least 10 characters)"),
        ["linkInvalid"] = ("Linkul nu mai este valabil: cereți unul nou administratorului.", "This link no longer works: ask your administrator for a new one."),
        ["passwordShort"] = ("Parola are cel puțin 10 caractere.", "A password has at least 10 characters."),
        ["save"] = ("Salvează", "Save"),
        ["language"] = ("Limba", "Language"),
        ["rejected"] = ("Respinse de ANAF", "Rejected by ANAF"),
        ["stuck"] = ("Blocate", "Stuck"),
        ["deadline"] = ("Aproape de termenul de 5 zile lucrătoare", "Near the 5-working-day deadline"),
        ["tokens"] = ("Conexiuni ANAF care expiră", "ANAF connections expiring"),
        ["purge"] = ("Mesaje nedescărcate înainte de ștergerea ANAF (60 de zile)", "Messages not downloaded before ANAF deletes them (60 days)"),
        ["quota"] = ("Cota ANAF folosită azi", "ANAF quota used today"),
        ["nothing"] = ("Nimic de rezolvat aici.", "Nothing to do here."),
        ["company"] = ("Companie", "Company"),
        ["number"] = ("Număr", "Number"),
        ["issueDate"] = ("Data emiterii", "Issue date"),
        ["state"] = ("Stare", "State"),
        ["explanation"] = ("Explicație", "Explanation"),
        ["fix"] = ("Ce faceți", "What to do"),
        ["since"] = ("De la", "Since"),
        ["workingDaysLeft"] = ("Zile lucrătoare rămase", "Working days left"),
        ["passed"] = ("depășit", "passed"),
        ["deadlineDay"] = ("Termen", "Deadline"),
        ["expires"] = ("Expiră", "Expires"),
        ["status"] = ("Stare", "Status"),
        ["type"] = ("Tip", "Type"),
        ["created"] = ("Creat la ANAF", "Created at ANAF"),
        ["daysLeft"] = ("Zile până la ștergere", "Days until deleted"),
        ["used"] = ("Apeluri", "Calls"),
        ["maxScope"] = ("Maxim pe mesaj/CUI", "Most per message/CUI"),
        ["open"] = ("Deschide", "Open"),
        ["cui"] = ("CUI", "CUI"),
        ["name"] = ("Nume", "Name"),
        ["environment"] = ("Mediu ANAF", "ANAF environment"),
        ["connection"] = ("Conexiune ANAF", "ANAF connection"),
        ["notConnected"] = ("neconectată", "not connected"),
        ["lastDownload"] = ("Ultima descărcare reușită", "Last successful download"),
        ["sync"] = ("Sincronizare", "Sync"),
        ["syncOff"] = ("oprită", "off"),
        ["nextSync"] = ("următoarea la", "next at"),
        ["settings"] = ("Setări", "Settings"),
        ["autoSend"] = ("Trimitere automată", "Send automatically"),
        ["delayHours"] = ("Întârziere (ore)", "Delay (hours)"),
        ["syncDaysBack"] = ("Zile în urmă la sincronizare", "Sync days back"),
        ["yes"] = ("da", "yes"),
        ["no"] = ("nu", "no"),
        ["connect"] = ("Conectează la ANAF", "Connect to ANAF"),
        ["tokenLink"] = ("Link de conectare pentru alt dispozitiv", "Connection link for another device"),
        ["tokenLinkMade"] = ("Link făcut (o singură folosire, 24 de ore):", "Link made (works once, for 24 hours):"),
        ["makeLink"] = ("Fă linkul", "Make the link"),
        ["filter"] = ("Filtrează", "Filter"),
        ["all"] = ("toate", "all"),
        ["from"] = ("De la data", "From date"),
        ["to"] = ("Până la data", "To date"),
        ["buyer"] = ("Cumpărător (CUI sau nume)", "Buyer (CUI or name)"),
        ["total"] = ("Total", "Total"),
        ["next"] = ("Pagina următoare", "Next page"),
        ["first"] = ("Prima pagină", "First page"),
        ["noInvoices"] = ("Nicio factură.", "No invoices."),
        ["timeline"] = ("Istoric", "Timeline"),
        ["findings"] = ("Erori și explicații", "Findings and explanations"),
        ["documents"] = ("Documente", "Documents"),
        ["actions"] = ("Acțiuni", "Actions"),
        ["signature"] = ("Semnătura ANAF", "ANAF signature"),
        ["signature.verified"] = ("verificată: semnată de ANAF", "verified: signed by ANAF"),
        ["signature.unknown-signer"] = ("semnătură validă, dar de un semnatar necunoscut", "valid, but by a signer we do not know"),
        ["signature.invalid"] = ("nevalidă: documentul nu corespunde semnăturii", "invalid: the document does not match its signature"),
        ["pdf"] = ("Previzualizare PDF", "PDF preview"),
        ["xml"] = ("XML (UBL)", "XML (UBL)"),
        ["zip"] = ("ZIP semnat de ANAF (originalul legal)", "ZIP signed by ANAF (the legal original)"),
        ["uploadIndex"] = ("Index încărcare", "Upload index"),
        ["retry"] = ("Reîncearcă", "Retry"),
        ["submit"] = ("Trimite acum", "Send now"),
        ["void"] = ("Anulează", "Void"),
        ["issue"] = ("Emite", "Issue"),
        ["confirm"] = ("Confirmă", "Confirm"),
        ["confirmRetry"] = ("Factura este pusă din nou la coadă pentru încărcare.", "The invoice is queued for upload again."),
        ["confirmSubmit"] = ("Factura este trimisă la ANAF acum.", "The invoice is sent to ANAF now."),
        ["confirmVoid"] = ("O ciornă este anulată; o factură acceptată este stornată printr-o notă de credit.", "A draft is discarded; an accepted invoice is cancelled by a credit note."),
        ["confirmIssue"] = ("Numărul devine definitiv și factura pleacă după setările companiei.", "Its number becomes final and it is sent per the company's settings."),
        ["done"] = ("Gata.", "Done."),
        ["refused"] = ("Nu s-a putut", "Not done"),
        ["readOnly"] = ("Doar citire: nu aveți drept de modificare.", "Read only: you may not change anything."),
        ["notFound"] = ("Nu există sau nu aveți acces.", "It does not exist or you have no access."),
        ["none"] = ("—", "—"),
        ["in"] = ("în", "in"),
        // Incoming invoices and SPV messages (/app/incoming, /app/messages).
        ["incoming"] = ("Facturi primite", "Received invoices"),
        ["incomingInvoice"] = ("Factura primită", "Received invoice"),
        ["messages"] = ("Mesaje SPV", "SPV messages"),
        ["message"] = ("Mesaj SPV", "SPV message"),
        ["supplier"] = ("Furnizor", "Supplier"),
        ["supplierFilter"] = ("Furnizor (CUI sau nume)", "Supplier (CUI or name)"),
        ["buyerParty"] = ("Cumpărător", "Buyer"),
        ["downloaded"] = ("Descărcată", "Downloaded"),
        ["notDownloaded"] = ("nedescărcată încă", "not downloaded yet"),
        ["noIncoming"] = ("Nicio factură primită.", "No received invoices."),
        ["noMessages"] = ("Niciun mesaj.", "No messages."),
        ["requestId"] = ("Id solicitare", "Request id"),
        ["anafId"] = ("Id mesaj ANAF", "ANAF message id"),
        ["details"] = ("Detalii", "Details"),
        ["recorded"] = ("Înregistrat de gateway", "Recorded by the gateway"),
        ["attempts"] = ("încercări", "attempts"),
        ["nextAttempt"] = ("următoarea la", "next at"),
        ["purgedAt"] = ("Șters de ANAF la", "Deleted by ANAF at"),
        ["dueDate"] = ("Scadența", "Due date"),
        ["netTotal"] = ("Total fără TVA", "Total without VAT"),
        ["vat"] = ("TVA", "VAT"),
        ["grossTotal"] = ("Total cu TVA", "Total with VAT"),
        ["payable"] = ("De plată", "Amount due"),
        ["partner"] = ("Partener înregistrat", "Partner recorded"),
        ["lines"] = ("Linii", "Lines"),
        ["item"] = ("Articol", "Item"),
        ["quantity"] = ("Cantitate", "Quantity"),
        ["unitPrice"] = ("Preț unitar", "Unit price"),
        ["vatRate"] = ("Cota TVA", "VAT rate"),
        ["netAmount"] = ("Valoare fără TVA", "Net amount"),
        ["vatBreakdown"] = ("Defalcare TVA", "VAT breakdown"),
        ["taxable"] = ("Bază impozabilă", "Taxable amount"),
        ["replies"] = ("Mesaje către furnizor (RASP)", "Messages to the supplier (RASP)"),
        ["noReplies"] = ("Niciun mesaj trimis.", "No message sent."),
        ["replyText"] = ("Mesajul pentru furnizor (cel mult 1000 de caractere)", "Your message to the supplier (at most 1000 characters)"),
        ["sendReply"] = ("Trimite mesajul", "Send the message"),
        ["confirmReply"] = ("Mesajul pleacă prin ANAF la furnizor și nu mai poate fi retras:", "The message goes to the supplier through ANAF and cannot be taken back:"),
        ["replyEmpty"] = ("Mesajul nu are text.", "The message has no text."),
        ["replySent"] = ("Mesajul a fost trimis.", "The message was sent."),
        ["unknownOutcome"] = ("necunoscut (ANAF nu a răspuns)", "unknown (ANAF did not answer)"),
        ["listedAt"] = ("listat de ANAF la", "listed by ANAF at"),
        ["cancel"] = ("Renunță", "Cancel"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private DashboardText(bool english) => English = english;

    /// <summary>True for English, false for Romanian.</summary>
    public bool English { get; }

    /// <summary>The language code for <c>&lt;html lang&gt;</c>.</summary>
    public string Code => English ? "en" : "ro";

    /// <summary>The word for <paramref name="key"/>.</summary>
    public string this[string key] => Words.TryGetValue(key, out var word) ? English ? word.En : word.Ro
        : throw new KeyNotFoundException($"the dashboard has no text '{key}'");

    /// <summary>Romanian or English, as the request's cookie says.</summary>
    public static DashboardText For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new DashboardText(http.Request.Cookies[CookieName] == "en");
    }

    /// <summary>An invoice state's name.</summary>
    public string State(Storage.Invoices.InvoiceState state) => (English, state) switch
    {
        (false, Storage.Invoices.InvoiceState.Draft) => "ciornă",
        (false, Storage.Invoices.InvoiceState.Issued) => "emisă",
        (false, Storage.Invoices.InvoiceState.Scheduled) => "programată",
        (false, Storage.Invoices.InvoiceState.Queued) => "la coadă",
        (false, Storage.Invoices.InvoiceState.Uploading) => "se încarcă",
        (false, Storage.Invoices.InvoiceState.Reconciling) => "se verifică la ANAF",
        (false, Storage.Invoices.InvoiceState.Submitted) => "în prelucrare",
        (false, Storage.Invoices.InvoiceState.Accepted) => "acceptată",
        (false, Storage.Invoices.InvoiceState.Rejected) => "respinsă",
        (false, Storage.Invoices.InvoiceState.Failed) => "eșuată",
        (false, Storage.Invoices.InvoiceState.Voided) => "anulată",
        _ => state.ToString().ToLowerInvariant(),
    };
}
