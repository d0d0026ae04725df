namespace Efactura.Core.Calendar;

/// <summary>
/// Romanian public holidays and working days, from the Labour Code (Law 53/2003, art. 139) as amended:
/// 1-2 January, 6-7 January (since 2024), 24 January (since 2017), Orthodox Good Friday (since 2018),
/// Easter Sunday and Monday, 1 May, 1 June (since 2017), Orthodox Pentecost Sunday and Monday,
/// 15 August, 30 November, 1 December, 25-26 December. Saturdays and Sundays are not working days.
/// </summary>
public static class RomanianHolidays
{
    /// <summary>Every public holiday of <paramref name="year"/>, in date order (a day that is two holidays appears once, with the first name).</summary>
    public static IReadOnlyList<PublicHoliday> In(int year)
    {
        var easter = OrthodoxEaster.Sunday(year);
        var holidays = new List<PublicHoliday>
        {
            Fixed(year, 1, 1, "New Year's Day", "Anul Nou"),
            Fixed(year, 1, 2, "Day after New Year's Day", "A doua zi de Anul Nou"),
            Fixed(year, 5, 1, "Labour Day", "Ziua Muncii"),
            Fixed(year, 8, 15, "Dormition of the Mother of God", "Adormirea Maicii Domnului"),
            Fixed(year, 11, 30, "Saint Andrew's Day", "Sfântul Apostol Andrei"),
            Fixed(year, 12, 1, "National Day", "Ziua Națională a României"),
            Fixed(year, 12, 25, "Christmas Day", "Crăciunul"),
            Fixed(year, 12, 26, "Second day of Christmas", "A doua zi de Crăciun"),
            new(easter, "Orthodox Easter Sunday", "Paștele"),
            new(easter.AddDays(1), "Orthodox Easter Monday", "A doua zi de Paște"),
            new(easter.AddDays(49), "Orthodox Pentecost Sunday", "Rusaliile"),
            new(easter.AddDays(50), "Orthodox Pentecost Monday", "A doua zi de Rusalii"),
        };
        if (year >= 2017)
        {
            holidays.Add(Fixed(year, 1, 24, "Union Day", "Ziua Unirii Principatelor Române"));
            holidays.Add(Fixed(year, 6, 1, "Children's Day", "Ziua Copilului"));
        }
        if (year >= 2018) holidays.Add(new(easter.AddDays(-2), "Orthodox Good Friday", "Vinerea Mare"));
        if (year >= 2024)
        {
            holidays.Add(Fixed(year, 1, 6, "Epiphany", "Boboteaza"));
            holidays.Add(Fixed(year, 1, 7, "Saint John the Baptist", "Sfântul Ioan Botezătorul"));
        }
        return [.. holidays.DistinctBy(h => h.Date).OrderBy(h => h.Date)];
    }

    /// <summary>The holiday on <paramref name="date"/>, or null when it is not a public holiday.</summary>
    public static PublicHoliday? On(DateOnly date) => In(date.Year).FirstOrDefault(h => h.Date == date);

    /// <summary>True when <paramref name="date"/> is a public holiday (whatever the day of the week).</summary>
    public static bool IsHoliday(DateOnly date) => On(date) is not null;

    /// <summary>True when <paramref name="date"/> is neither a Saturday, nor a Sunday, nor a public holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="date"/> (the date itself not counted):
    /// one working day after Friday 2026-11-27 is Wednesday 2026-12-02, past the weekend and 30 November and 1 December.
    /// </summary>
    public static DateOnly AddWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>How many working days lie after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day)) count++;
        }
        return count;
    }

    private static PublicHoliday Fixed(int year, int month, int day, string name, string nameRo) => new(new DateOnly(year, month, day), name, nameRo);
}
