namespace Efactura.Core.Calculation;

/// <summary>
/// The one rounding rule for amounts: two decimals, halves away from zero (the commercial rounding
/// Romanian accounting uses). Every rounding in efactura goes through here, never hidden elsewhere.
/// </summary>
public static class Money
{
    /// <summary>Decimals of an amount in UBL (UBL-DT-01 allows at most two).</summary>
    public const int Decimals = 2;

    /// <summary>Rounds an amount to two decimals, halves away from zero.</summary>
    public static decimal Round(decimal amount) =>
        Normalize(Math.Round(amount, Decimals, MidpointRounding.AwayFromZero));

    /// <summary>Rounds and writes exactly two decimals, e.g. 5 → 5.00, and never "-0.00".</summary>
    public static decimal RoundToScale(decimal amount)
    {
        var rounded = Round(amount);
        return decimal.Round(rounded + 0.00m, Decimals);
    }

    // -0.00 is a valid decimal in .NET and is written as "-0.00", which ANAF users report as rejected.
    private static decimal Normalize(decimal value) => value == 0m ? 0m * 1.00m : value;
}
