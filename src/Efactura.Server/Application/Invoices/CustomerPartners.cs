using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Efactura.Core.Json;
using Efactura.Core.Model;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Partners;

namespace Efactura.Server.Application.Invoices;

/// <summary>
/// An outgoing invoice may name one of its company's partners as its customer (<c>"customer": {"partnerId": "…"}</c>,
/// issue 19 item 4). Before the invoice is read, the partner is looked up among the partners of the invoice's company
/// (the one <c>?companyId=</c> names, else the one whose CUI is the supplier's, as for any invoice) and fills the members
/// of <c>customer</c> the request left out (<see cref="PartnerAsCustomer"/>); <c>partnerId</c> is then removed, so the
/// validator reads a complete customer and the stored JSON is the invoice as issued. A partner of another company or
/// tenant is refused exactly as one that does not exist.
/// </summary>
/// <remarks>
/// Partners are the company's suppliers (from its received invoices), and invoicing a supplier back (a re-invoiced
/// cost, a sale to it) is what naming one is for. A self-billed invoice (389) is issued by its customer, which is the
/// company itself, so its customer cannot name a partner.
/// </remarks>
public sealed class CustomerPartners(PartnerRepository partners, CompanyRepository companies)
{
    /// <summary>The finding code of a partner the company does not have (or a malformed id).</summary>
    public const string UnknownPartnerCode = "EF-PARTNER-UNKNOWN";

    /// <summary>The finding code of a partner named where the customer is the company itself (a self-billed invoice).</summary>
    public const string SelfBilledCode = "EF-PARTNER-SELF-BILLED";

    // As the contract reads JSON (InvoiceJson): comments and trailing commas, bounded nesting; a duplicate member is
    // left to the contract's reader to report, so the JSON is passed on unchanged.
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64, AllowDuplicateProperties = false,
    };

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64,
    };

    // Romanian letters stay readable in the stored JSON; what HTML would mind is still escaped.
    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), WriteIndented = true };

    /// <summary>
    /// The invoice <paramref name="json"/> with its customer filled from the partner it names; the JSON as posted when it
    /// names none (or is not JSON the contract reads: its reader then reports why). Refused when the partner is not the
    /// company's (<c>invalid</c>, finding <see cref="UnknownPartnerCode"/> at <c>/customer/partnerId</c>), when the
    /// company cannot be found (as <see cref="InvoiceIssuer.CreateAsync"/> refuses it) or the invoice is self-billed.
    /// </summary>
    public async Task<Outcome<FilledInvoiceJson>> FillAsync(Guid tenantId, byte[] json, Guid? companyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        var text = WithoutByteOrderMark(json);
        if (!NamesPartner(text)) return FilledInvoiceJson.AsPosted(json);
        JsonObject root;
        try
        {
            if (JsonNode.Parse(text, documentOptions: DocumentOptions) is not JsonObject parsed) return FilledInvoiceJson.AsPosted(json);
            root = parsed;
        }
        catch (JsonException)
        {
            return FilledInvoiceJson.AsPosted(json);
        }
        var (customerName, customer) = Member(root, InvoiceFields.Customer);
        if (customer is not JsonObject customerObject) return FilledInvoiceJson.AsPosted(json);
        var (partnerName, partnerNode) = Member(customerObject, PartyFields.PartnerId);
        var pointer = $"/{customerName}/{partnerName}";

        // The rest of the invoice as far as it reads (the customer is incomplete): its type and its supplier's CUI.
        var draft = InvoiceJson.Parse(text).Draft;
        if (draft is null) return FilledInvoiceJson.AsPosted(json);
        if (draft.TypeCode == InvoiceTypeCode.SelfBilledInvoice)
        {
            const string selfBilled = "A self-billed invoice (389) is issued by its customer, your company; its customer cannot be one of your partners.";
            return new Refusal.Invalid("invalid-invoice", "The invoice is not valid", selfBilled,
                [FieldFinding.Fatal(SelfBilledCode, pointer, selfBilled, "Give the customer's data (your company), and the partner's as the supplier.")]);
        }
        var company = companyId is { } id
            ? await companies.GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false)
            : await FindCompanyAsync(tenantId, draft, cancellationToken).ConfigureAwait(false);
        if (company is null) return InvoiceIssuer.UnknownCompany(draft, companyId);

        var partner = partnerNode is JsonValue value && value.TryGetValue<string>(out var given) && Guid.TryParse(given, out var partnerId)
            ? await partners.GetAsync(tenantId, company.Id, partnerId, cancellationToken).ConfigureAwait(false)
            : null;
        if (partner is null)
        {
            return UnknownPartner(pointer, $"{Shown(partnerNode)} is not a partner of company {company.Cui} ({company.Name}).",
                $"Use the id of one of its partners (GET /v1/companies/{company.Id}/partners), or give the customer's data instead of {PartyFields.PartnerId}.");
        }

        customerObject.Remove(partnerName);
        PartnerAsCustomer.Fill(customerObject, partner.Details);
        return new FilledInvoiceJson(JsonSerializer.SerializeToUtf8Bytes(root, WriteOptions), company, partner.Id);
    }

    private async Task<Company?> FindCompanyAsync(Guid tenantId, Invoice draft, CancellationToken cancellationToken)
    {
        foreach (var cui in InvoiceCompany.CandidateCuis(draft))
        {
            if (await companies.FindByCuiAsync(tenantId, cui, cancellationToken).ConfigureAwait(false) is { } company) return company;
        }
        return null;
    }

    // Whether the root's customer has a partnerId member that is not null (names compare case-insensitively), read token by token so
    // that an invoice naming no partner costs one pass and no tree; malformed JSON is left to the contract's reader.
    private static bool NamesPartner(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCustomer = NameIs(ref reader, InvoiceFields.Customer);
                reader.Read();
                if (!isCustomer || reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isPartner = NameIs(ref reader, PartyFields.PartnerId);
                    reader.Read();
                    // A null member counts as absent, as everywhere in the contract (a generated client writes one).
                    if (isPartner && reader.TokenType != JsonTokenType.Null) return true;
                    reader.Skip();
                }
            }
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool NameIs(ref Utf8JsonReader reader, string name) =>
        reader.ValueSpan.Length <= 6 * name.Length && string.Equals(reader.GetString(), name, StringComparison.OrdinalIgnoreCase);

    // The member by any spelling of its name (the first; the reader found at most one, else the JSON did not parse).
    private static (string Name, JsonNode? Value) Member(JsonObject target, string name)
    {
        foreach (var member in target)
        {
            if (string.Equals(member.Key, name, StringComparison.OrdinalIgnoreCase)) return (member.Key, member.Value);
        }
        return (name, null);
    }

    private static string Shown(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length <= 60 ? text : text[..57] + "…";
    }

    private static Refusal.Invalid UnknownPartner(string pointer, string message, string fix)
    {
        var finding = FieldFinding.Fatal(UnknownPartnerCode, pointer, message, fix);
        // A partner may be recorded (a received invoice) before the request is repeated: not a lasting refusal.
        return new Refusal.Invalid("unknown-partner", "The customer's partner is unknown", message, [finding]) { LastingRefusal = false };
    }

    private static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] json) =>
        json.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? json.AsSpan(3) : json;
}
