using System.Globalization;
using Efactura.Core.Model;

namespace Efactura.Ubl.Cii;

internal sealed partial class CiiDocumentReader
{
    // A date wrapper (ram:IssueDateTime, ram:TaxPointDate, ram:FormattedIssueDateTime, ...) holding one
    // udt:DateTimeString, udt:DateString or qdt:DateTimeString with format 102 (CCYYMMDD), the only one EN 16931 allows.
    private DateOnly? ReadDate()
    {
        DateOnly? date = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() is "DateTimeString" or "DateString") Keep(ref date, FormattedDate());
            else Xml.Skip();
        }
        return date;
    }

    private DateOnly FormattedDate()
    {
        var (line, column) = Position();
        var name = Xml.Name;
        var format = Xml.GetAttribute("format")?.Trim();
        var text = Text();
        if (format is not null && format != CiiCodes.DateFormat)
            throw new UblReadException(line, column, $"{name} has format '{Shorten(format)}'; EN 16931 allows only format 102 (CCYYMMDD)");
        if (text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        throw new UblReadException(line, column, $"{name} '{Shorten(text)}' is not a date in format 102 (CCYYMMDD)");
    }

    /// <summary>What a ram:...ReferencedDocument holds; each business term uses some of it.</summary>
    private sealed record CiiReferencedDocument(
        string? Id, string? LineId, string? TypeCode, string? ReferenceTypeCode, string? Name, string? Uri, Attachment? Attachment, DateOnly? IssueDate);

    private CiiReferencedDocument ReadReferencedDocument()
    {
        string? id = null, lineId = null, typeCode = null, referenceType = null, name = null, uri = null;
        Attachment? attachment = null;
        DateOnly? issueDate = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "IssuerAssignedID": Keep(ref id, OptionalText()); break;
                case "LineID": Keep(ref lineId, OptionalText()); break;
                case "TypeCode": Keep(ref typeCode, OptionalText()); break;
                case "ReferenceTypeCode": Keep(ref referenceType, OptionalText()); break;
                case "Name": Keep(ref name, OptionalText()); break;
                case "URIID": Keep(ref uri, OptionalText()); break;
                case "AttachmentBinaryObject": Keep(ref attachment, ReadAttachment()); break;
                case "FormattedIssueDateTime": Keep(ref issueDate, ReadDate()); break;
                default: Xml.Skip(); break;
            }
        }
        return new CiiReferencedDocument(id, lineId, typeCode, referenceType, name, uri, attachment, issueDate);
    }

    private Attachment ReadAttachment()
    {
        var (line, column) = Position();
        var mimeCode = Xml.GetAttribute("mimeCode")?.Trim() ?? "";
        var fileName = Xml.GetAttribute("filename")?.Trim() ?? "";
        var text = Xml.ReadElementContentAsString();
        try
        {
            return new Attachment([.. Convert.FromBase64String(text)], mimeCode, fileName);
        }
        catch (FormatException e)
        {
            throw new UblReadException(line, column, "ram:AttachmentBinaryObject is not valid base64", e);
        }
    }

    // ram:ChargeIndicator holds its value in udt:Indicator.
    private bool? ReadIndicator()
    {
        bool? value = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() == "Indicator") Keep(ref value, Indicator());
            else Xml.Skip();
        }
        return value;
    }

    // A VAT category (ram:ApplicableTradeTax, ram:CategoryTradeTax): its code and rate; "" when the code is missing.
    private (string Code, decimal? Rate) ReadTaxCategory()
    {
        string? code = null;
        decimal? rate = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "CategoryCode": Keep(ref code, Text()); break;
                case "RateApplicablePercent": Keep(ref rate, Decimal()); break;
                default: Xml.Skip(); break;
            }
        }
        return (code ?? "", rate);
    }

    // BG-20 / BG-21 on the document (with a VAT category), BG-27 / BG-28 on a line.
    private AllowanceCharge ReadAllowanceCharge(bool documentLevel)
    {
        bool? isCharge = null;
        decimal? amount = null, baseAmount = null, percentage = null, rate = null;
        string? reason = null, reasonCode = null, category = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ChargeIndicator": Keep(ref isCharge, ReadIndicator()); break;
                case "CalculationPercent": Keep(ref percentage, Decimal()); break;
                case "BasisAmount": Keep(ref baseAmount, Decimal()); break;
                case "ActualAmount": Keep(ref amount, Decimal()); break;
                case "ReasonCode": Keep(ref reasonCode, OptionalText()); break;
                case "Reason": Keep(ref reason, OptionalText()); break;
                case "CategoryTradeTax" when documentLevel && category is null:
                    (category, rate) = ReadTaxCategory();
                    break;
                default: Xml.Skip(); break;
            }
        }
        return new AllowanceCharge
        {
            IsCharge = isCharge ?? false, Amount = amount ?? 0m, BaseAmount = baseAmount, Percentage = percentage,
            VatCategory = category is { Length: > 0 } ? new VatCategory(category) : null, VatRate = rate,
            Reason = reason, ReasonCode = reasonCode,
        };
    }

    // BG-14 / BG-26.
    private InvoicePeriod ReadPeriod()
    {
        DateOnly? start = null, end = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "StartDateTime": Keep(ref start, ReadDate()); break;
                case "EndDateTime": Keep(ref end, ReadDate()); break;
                default: Xml.Skip(); break;
            }
        }
        return new InvoicePeriod(start, end);
    }
}
