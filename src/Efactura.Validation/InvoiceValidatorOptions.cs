namespace Efactura.Validation;

/// <summary>Limits the validator applies to what it reads.</summary>
public sealed record InvoiceValidatorOptions
{
    /// <summary>
    /// The largest document accepted, in characters. Default 10,485,760 (10 MiB), ANAF's upload limit.
    /// A larger document gives the finding EF-XML-TOO-LARGE.
    /// </summary>
    public long MaxDocumentCharacters { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// Whether efactura's own warnings (<see cref="EfacturaRuleIds"/>) are reported after the official rules, in either
    /// profile. Default true. They are warnings only, so they never change <see cref="ValidationResult.IsValid"/>;
    /// turn them off to compare findings with the official validators.
    /// </summary>
    public bool OwnWarnings { get; init; } = true;

    /// <summary>
    /// The clock that says what "today" is for the upload deadline warning (EF-DEADLINE-PASSED), read as the Romanian
    /// date. Default <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Whether the buyer is a public institution, which must receive the purchase order reference (BT-13): true or
    /// false when the caller knows, null (the default) to guess conservatively from the buyer's name (names such as
    /// "Primăria …", "Ministerul …", "Consiliul Județean …"; see EF-B2G-ORDER-REFERENCE).
    /// </summary>
    public bool? BuyerIsPublic { get; init; }

    /// <summary>
    /// Whether to check the document against the UBL 2.1 schema structure (element order and occurrences, unknown
    /// elements, attributes, value formats), reporting the JDK validator's ids (cvc-...) before the rules' findings.
    /// Default true.
    /// </summary>
    public bool CheckStructure { get; init; } = true;

    /// <summary>
    /// XPath's implicit time zone: the time zone a date without one (<c>2026-11-30</c>) is taken in when the rules compare
    /// it with a date that has one (<c>2026-11-30-05:00</c>), in BR-29 and BR-30. Default <see cref="TimeSpan.Zero"/> (UTC),
    /// which is what the official validators give when their JVM runs in UTC, as the oracle does; Saxon takes it from the
    /// JVM's default time zone. From -14:00 to +14:00, in whole minutes.
    /// </summary>
    public TimeSpan ImplicitTimezone { get; init; } = TimeSpan.Zero;
}
