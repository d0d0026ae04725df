namespace Efactura.Anaf;

/// <summary>validare's and transformare's <c>{standard}</c> (anaf-api.md §6.1).</summary>
public enum ValidationStandard
{
    /// <summary>Invoice.</summary>
    FACT1,

    /// <summary>CreditNote.</summary>
    FCN,
}
