using System.Collections.Immutable;

namespace Efactura.Core.CodeLists;

/// <summary>What <see cref="UnitCodes.Resolve"/> made of a unit written by a person.</summary>
/// <param name="Code">The official UN/ECE rec. 20/21 code (BT-130), or null when the input is not recognised.</param>
/// <param name="Suggestions">When not recognised: up to five official codes closest to the input, best first; otherwise empty.</param>
public sealed record UnitResolution(string? Code, ImmutableArray<string> Suggestions)
{
    /// <summary>True when the input named a unit.</summary>
    public bool IsResolved => Code is not null;
}
