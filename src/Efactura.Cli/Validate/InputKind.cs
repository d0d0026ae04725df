namespace Efactura.Cli.Validate;

/// <summary>What a file to validate holds.</summary>
internal enum InputKind
{
    /// <summary>A UBL 2.1 Invoice or CreditNote from any producer.</summary>
    Xml,

    /// <summary>An invoice in efactura's JSON contract.</summary>
    Json,
}
