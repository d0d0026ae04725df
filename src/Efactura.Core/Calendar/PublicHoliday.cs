namespace Efactura.Core.Calendar;

/// <summary>A Romanian public holiday (zi de sărbătoare legală), a day off by law.</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">Its English name, e.g. "Orthodox Easter Monday".</param>
/// <param name="NameRo">Its Romanian name, e.g. "A doua zi de Paște".</param>
public sealed record PublicHoliday(DateOnly Date, string Name, string NameRo);
