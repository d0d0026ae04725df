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
        // Webhooks and API keys (s10-hooks).
        ["webhooks"] = ("Webhook-uri", "Webhooks"),
        ["webhook"] = ("Webhook", "Webhook"),
        ["apiKeys"] = ("Chei API", "API keys"),
        ["url"] = ("Adresă (URL)", "Address (URL)"),
        ["events"] = ("Evenimente", "Events"),
        ["active"] = ("Activ", "Active"),
        ["createdAt"] = ("Creat", "Created"),
        ["lastDelivery"] = ("Ultima livrare", "Last delivery"),
        ["noWebhooks"] = ("Niciun webhook.", "No webhooks."),
        ["newWebhook"] = ("Webhook nou", "New webhook"),
        ["subscribe"] = ("Abonează", "Subscribe"),
        ["secretOnce"] = ("Secretul de semnare, arătat acum o singură dată (se păstrează criptat). Copiați-l: verificați cu el antetul Efactura-Signature.",
            "The signing secret, shown this once (it is stored encrypted). Copy it: verify the Efactura-Signature header with it."),
        ["delete"] = ("Șterge", "Delete"),
        ["confirmDelete"] = ("Nu se mai trimite nimic la această adresă; livrările în așteptare se anulează; cele trecute rămân vizibile.",
            "Nothing more is sent to this address; pending deliveries are cancelled; past ones stay visible."),
        ["deliveries"] = ("Livrări", "Deliveries"),
        ["noDeliveries"] = ("Nicio livrare.", "No deliveries."),
        ["event"] = ("Eveniment", "Event"),
        ["attempts"] = ("Încercări", "Attempts"),
        ["statusCode"] = ("Cod HTTP", "HTTP status"),
        ["nextAttempt"] = ("Următoarea încercare", "Next attempt"),
        ["deliveredAt"] = ("Livrat la", "Delivered at"),
        ["lastError"] = ("Ultima eroare", "Last error"),
        ["delivery.pending"] = ("în așteptare", "pending"),
        ["delivery.delivered"] = ("livrat", "delivered"),
        ["delivery.dead"] = ("eșuat definitiv", "dead"),
        ["redeliver"] = ("Retrimite", "Redeliver"),
        ["confirmRedeliver"] = ("Livrarea este pusă din nou la coadă, acum.", "The delivery is queued again, due now."),
        ["inactive"] = ("șters", "deleted"),
        ["webhooksOwner"] = ("Doar proprietarul contului adaugă și șterge webhook-uri și retrimite livrări.", "Only the owner adds and deletes webhooks and redelivers."),
        ["keyName"] = ("Nume (ce o folosește)", "Name (what uses it)"),
        ["prefix"] = ("Început", "Starts with"),
        ["scope"] = ("Drepturi", "Scope"),
        ["scope.read"] = ("citire", "read"),
        ["scope.write"] = ("citire și scriere", "read and write"),
        ["revokedAt"] = ("Revocată", "Revoked"),
        ["working"] = ("activă", "working"),
        ["expired"] = ("expirată", "expired"),
        ["noKeys"] = ("Nicio cheie API.", "No API keys."),
        ["newKey"] = ("Cheie API nouă", "New API key"),
        ["createKey"] = ("Creează cheia", "Create the key"),
        ["keyOnce"] = ("Cheia, arătată acum o singură dată (se păstrează doar amprenta ei). Copiați-o: se trimite ca Authorization: Bearer.",
            "The key, shown this once (only its hash is kept). Copy it: send it as Authorization: Bearer."),
        ["revoke"] = ("Revocă", "Revoke"),
        ["confirmRevoke"] = ("Cheia nu mai funcționează, imediat; aplicațiile care o folosesc primesc 401.", "The key stops working at once; whatever uses it gets 401."),
        ["nameLong"] = ("Numele are cel mult 100 de caractere.", "A name has at most 100 characters."),
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
