namespace Efactura.Server.Workers;

/// <summary>The codes the outgoing workers record in an invoice's <c>error_code</c> (ANAF's own messages keep their catalogue codes).</summary>
public static class InvoiceErrorCodes
{
    /// <summary>The company has no active ANAF connection: connect it, then retry.</summary>
    public const string NotConnected = "EF-ANAF-NOT-CONNECTED";

    /// <summary>ANAF refused the token (HTTP 401/403): connect the company again.</summary>
    public const string Forbidden = "EF-ANAF-FORBIDDEN";

    /// <summary>ANAF refused the upload with an answer (upload errors): the findings say why.</summary>
    public const string UploadRefused = "EF-ANAF-UPLOAD-REFUSED";

    /// <summary>The upload never reached ANAF (connection refused, 429, a daily limit): it is retried later.</summary>
    public const string NotSent = "EF-ANAF-NOT-SENT";

    /// <summary>The upload may have reached ANAF but no answer came back: ANAF's message list is searched before any new upload.</summary>
    public const string UploadUnknown = "EF-UPLOAD-UNKNOWN";

    /// <summary>The process stopped during the upload: as <see cref="UploadUnknown"/>.</summary>
    public const string UploadInterrupted = "EF-UPLOAD-INTERRUPTED";

    /// <summary>The search for an upload of unknown outcome failed this time (list or download); it is searched again.</summary>
    public const string ReconcileFailed = "EF-RECONCILE-FAILED";

    /// <summary>ANAF's message list proved the upload absent after the wait: the invoice is uploaded again.</summary>
    public const string UploadAbsent = "EF-UPLOAD-ABSENT";

    /// <summary>The invoice's stored XML is missing or unreadable.</summary>
    public const string XmlMissing = "EF-XML-MISSING";

    /// <summary>ANAF rejected the invoice (<c>nok</c>): every finding of its error file is in the details.</summary>
    public const string Rejected = "EF-ANAF-REJECTED";

    /// <summary>ANAF dropped the upload (<c>XML cu erori nepreluat de sistem</c>).</summary>
    public const string NotTaken = "EF-ANAF-NOT-TAKEN";

    /// <summary>stareMesaj failed this time; it is asked again on schedule.</summary>
    public const string StatusFailed = "EF-ANAF-STATUS-FAILED";

    /// <summary>ANAF has given no verdict a day after the upload; it is still polled, less often.</summary>
    public const string Slow = "EF-ANAF-SLOW";

    /// <summary>The verdict's ZIP could not be downloaded this time; it is downloaded again later.</summary>
    public const string DownloadFailed = "EF-ANAF-DOWNLOAD-FAILED";

    /// <summary>
    /// The verdict's ZIP does not carry a valid signature over its document (a warning: the ZIP is stored as ANAF sent
    /// it, the invoice follows ANAF's verdict, and it is not downloaded again).
    /// </summary>
    public const string SignatureInvalid = "EF-ANAF-SIGNATURE-INVALID";

    /// <summary>The verdict's ZIP is validly signed, but not by one of ANAF's pinned certificates (a warning, as above).</summary>
    public const string SignatureUnknownSigner = "EF-ANAF-SIGNATURE-UNKNOWN-SIGNER";
}
