namespace Efactura.Simulator;

/// <summary>A certificate holder and the CUIs it has SPV rights for; tokens carry its certificate serial.</summary>
/// <param name="Serial">The certificate serial (the JWT <c>serial</c> claim, the lists' <c>serial</c>).</param>
/// <param name="Cuis">The CUIs (digits, without RO) the holder may act for.</param>
public sealed record SpvUser(string Serial, IReadOnlySet<string> Cuis)
{
    /// <summary>True when the holder has rights for <paramref name="cui"/>.</summary>
    public bool MayActFor(string? cui) => cui is not null && Cuis.Contains(cui);
}
