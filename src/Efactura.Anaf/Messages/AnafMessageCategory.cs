namespace Efactura.Anaf.Messages;

/// <summary>What kind of thing an ANAF message says, which decides what the caller should do.</summary>
public enum AnafMessageCategory
{
    /// <summary>A parameter was wrong or missing: fix the request.</summary>
    InvalidRequest,

    /// <summary>The certificate behind the token has no SPV right for the CIF or message.</summary>
    NoRights,

    /// <summary>A published daily limit was reached: try again tomorrow (Romanian time).</summary>
    DailyLimit,

    /// <summary>The id names nothing ANAF knows.</summary>
    NotFound,

    /// <summary>The message is past its 60 days.</summary>
    Expired,

    /// <summary>The document breaks the schema or a business rule.</summary>
    InvalidDocument,

    /// <summary>Not an error: a list with nothing in it.</summary>
    Empty,

    /// <summary>ANAF's own failure: try again later.</summary>
    Technical,

    /// <summary>A text the catalogue does not know.</summary>
    Unknown,
}
