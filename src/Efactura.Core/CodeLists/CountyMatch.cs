namespace Efactura.Core.CodeLists;

/// <summary>What <see cref="RomanianCounties.TryResolve"/> recognised.</summary>
/// <param name="County">The county; RO-B when the input named Bucharest or one of its sectors.</param>
/// <param name="Sector">
/// For a Bucharest sector ("Sector 3", "sectorul 3"), the code "SECTOR1".."SECTOR6" (upper case, no space).
/// That is the exact city (BT-37, BT-52, BT-66, BT-77) CIUS-RO requires when the country is RO and the
/// subdivision is RO-B: the SECTOR-RO-CODES list of rules BR-RO-100, BR-RO-101, BR-RO-160 and BR-RO-200.
/// Null for any other input, including "București" alone.
/// </param>
public sealed record CountyMatch(County County, string? Sector);
