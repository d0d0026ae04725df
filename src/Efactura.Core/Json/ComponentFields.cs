namespace Efactura.Core.Json;

/// <summary>
/// The members of the small objects the invoice JSON nests: identifiers, notes, periods, preceding
/// invoices, delivery, payee, tax representative, attachments, classifications, attributes, card and
/// direct debit. The containing field's documentation names the business terms.
/// </summary>
public static class ComponentFields
{
    /// <summary>An identifier's value, in {id, scheme}; also a supporting document's reference (BT-122).</summary>
    public const string Id = "id";

    /// <summary>An identifier's scheme (ISO 6523 ICD, EAS code or another list).</summary>
    public const string Scheme = "scheme";

    /// <summary>A note's text (BT-22).</summary>
    public const string Text = "text";

    /// <summary>A note's subject, UNCL 4451 (BT-21).</summary>
    public const string SubjectCode = "subjectCode";

    /// <summary>A period's start date (BT-73 / BT-134).</summary>
    public const string Start = "start";

    /// <summary>A period's end date (BT-74 / BT-135).</summary>
    public const string End = "end";

    /// <summary>A preceding invoice's number (BT-25).</summary>
    public const string Number = "number";

    /// <summary>A preceding invoice's issue date (BT-26).</summary>
    public const string IssueDate = "issueDate";

    /// <summary>The actual delivery date (BT-72).</summary>
    public const string Date = "date";

    /// <summary>A name: deliver-to party (BT-70), payee (BT-59), tax representative (BT-62), item attribute (BT-160).</summary>
    public const string Name = "name";

    /// <summary>The deliver-to location identifier, a string or {id, scheme} (BT-71).</summary>
    public const string LocationId = "locationId";

    /// <summary>An address (BG-12, BG-15), see <see cref="AddressFields"/>.</summary>
    public const string Address = "address";

    /// <summary>The payee identifier, a string or {id, scheme} (BT-60).</summary>
    public const string Identifier = "identifier";

    /// <summary>The payee legal registration identifier, a string or {id, scheme} (BT-61).</summary>
    public const string LegalRegistrationId = "legalRegistrationId";

    /// <summary>The tax representative's VAT identifier (BT-63).</summary>
    public const string VatNumber = "vatNumber";

    /// <summary>A supporting document's description (BT-123).</summary>
    public const string Description = "description";

    /// <summary>A supporting document's external location (BT-124).</summary>
    public const string Url = "url";

    /// <summary>An attachment's file name (BT-125-2); required with content.</summary>
    public const string FileName = "fileName";

    /// <summary>An attachment's MIME type, e.g. application/pdf (BT-125-1); required with content.</summary>
    public const string MimeType = "mimeType";

    /// <summary>An attachment's bytes, base64 (BT-125).</summary>
    public const string Content = "content";

    /// <summary>A classification code (BT-158).</summary>
    public const string Code = "code";

    /// <summary>A classification scheme, UNCL 7143 (BT-158-1).</summary>
    public const string ListId = "listId";

    /// <summary>A classification scheme version (BT-158-2).</summary>
    public const string ListVersion = "listVersion";

    /// <summary>An item attribute's value (BT-161).</summary>
    public const string Value = "value";

    /// <summary>The card's last digits, the primary account number (BT-87).</summary>
    public const string LastDigits = "lastDigits";

    /// <summary>The card holder's name (BT-88).</summary>
    public const string Holder = "holder";

    /// <summary>The card network, e.g. VISA (UBL NetworkID). Default "NA".</summary>
    public const string Network = "network";

    /// <summary>The direct debit mandate reference (BT-89).</summary>
    public const string Mandate = "mandate";

    /// <summary>The bank assigned creditor identifier, a string or {id, scheme} (BT-90).</summary>
    public const string CreditorId = "creditorId";

    /// <summary>The debited account (BT-91).</summary>
    public const string Account = "account";
}
