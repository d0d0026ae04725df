using Efactura.Core.Calendar;
using Efactura.Core.Findings;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>
/// EF-DEADLINE-PASSED: a Romanian seller's invoice must reach RO e-Factura within 5 working days of its issue date
/// (<see cref="SubmissionDeadline"/>); "today" is the Romanian date of <see cref="InvoiceValidatorOptions.TimeProvider"/>.
/// </summary>
internal sealed class DeadlineRule : IOwnRule
{
    private const int FirstCalendarYear = 1583;

    public IEnumerable<Finding> Check(OwnRuleContext context)
    {
        if (!context.SellerIsRomanianTaxable) yield break;
        if (context.Root.Child(Cbc.IssueDate) is not { } element || Numbers.Date(element.Value) is not { } issued) yield break;
        // The holiday calendar starts with the Gregorian one (Orthodox Easter from 1583); a date before is no deadline's start.
        if (issued.Year < FirstCalendarYear) yield break;
        var today = RomanianTime.Today(context.Options.TimeProvider);
        // Five working days are at least five calendar days: a recent invoice needs no holiday calendar.
        if (today.DayNumber - issued.DayNumber <= SubmissionDeadline.WorkingDays || !SubmissionDeadline.IsPassed(issued, today)) yield break;
        var deadline = SubmissionDeadline.For(issued);
        var late = today.DayNumber - deadline.DayNumber;
        yield return OwnRules.Warning(EfacturaRuleIds.DeadlinePassed, element,
            $"The invoice was issued on {Numbers.Show(issued)}; the last day to upload it to RO e-Factura was {Numbers.Show(deadline)} ({SubmissionDeadline.WorkingDays} working days), {late} {(late == 1 ? "day" : "days")} before today, {Numbers.Show(today)}.",
            $"Factura a fost emisă la {Numbers.Show(issued)}; ultima zi pentru transmiterea ei în RO e-Factura a fost {Numbers.Show(deadline)} ({SubmissionDeadline.WorkingDays} zile lucrătoare), cu {late} {(late == 1 ? "zi" : "zile")} înainte de azi, {Numbers.Show(today)}.",
            "Upload the invoice now; a late upload can be fined. If the issue date is wrong, correct it before the first upload.");
    }
}
