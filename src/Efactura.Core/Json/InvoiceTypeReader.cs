using Efactura.Core.Model;
using Lists = Efactura.Core.CodeLists.CodeLists;

namespace Efactura.Core.Json;

/// <summary>Reads <c>type</c>: a friendly name or a UNCL 1001 code (BT-3).</summary>
internal static class InvoiceTypeReader
{
    // The five types CIUS-RO allows (BR-RO-020), by the names the JSON uses.
    private static readonly Dictionary<string, InvoiceTypeCode> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["invoice"] = InvoiceTypeCode.CommercialInvoice,
        ["creditNote"] = InvoiceTypeCode.CreditNote,
        ["correctedInvoice"] = InvoiceTypeCode.CorrectedInvoice,
        ["selfBilled"] = InvoiceTypeCode.SelfBilledInvoice,
        ["accounting"] = InvoiceTypeCode.AccountingInformation,
    };

    /// <summary>The name <see cref="InvoiceJson.Write"/> uses for a type code: the friendly one, else the code.</summary>
    public static string NameOf(InvoiceTypeCode code) => Names.FirstOrDefault(n => n.Value == code).Key ?? code.Code;

    public static InvoiceTypeCode Read(JsonObjectReader r)
    {
        if (r.String(InvoiceFields.Type) is not { } text) return InvoiceTypeCode.CommercialInvoice;
        if (Names.TryGetValue(text, out var named)) return named;
        if (Lists.DocumentTypes.Contains(text)) return new InvoiceTypeCode(text);
        var closest = ClosestName.Find(text, Names.Keys) is { } name ? new[] { name } : [];
        r.Context.Report(JsonFindings.UnknownCode(JsonErrorCodes.TypeUnknown, r.At(InvoiceFields.Type), text, "document type", "tipul documentului", closest,
            "Use invoice (380), creditNote (381), correctedInvoice (384), selfBilled (389) or accounting (751)."));
        return InvoiceTypeCode.CommercialInvoice;
    }
}
