using System.Collections.Frozen;
using Efactura.Core.CodeLists;

namespace Efactura.Pdf.Text;

/// <summary>
/// Words for the codes an invoice carries: units of measure (UN/ECE rec. 20/21) and payment means (UNCL 4461).
/// Romanian words for the units and means Romanian invoices use; otherwise the official English name from
/// <see cref="CodeLists"/>; otherwise the code alone.
/// </summary>
internal static class CodeNames
{
    private static readonly FrozenDictionary<string, string> RomanianUnits = new Dictionary<string, string>
    {
        ["H87"] = "bucată", ["C62"] = "unitate", ["EA"] = "bucată", ["XPP"] = "bucată", ["NAR"] = "număr de articole",
        ["SET"] = "set", ["PR"] = "pereche", ["XBX"] = "cutie", ["XPK"] = "pachet", ["XPA"] = "pachet", ["XBO"] = "sticlă",
        ["XRO"] = "rolă", ["XPX"] = "palet", ["XDR"] = "butoi",
        ["KGM"] = "kilogram", ["GRM"] = "gram", ["TNE"] = "tonă", ["LTR"] = "litru", ["MLT"] = "mililitru",
        ["MTR"] = "metru", ["KMT"] = "kilometru", ["CMT"] = "centimetru", ["MMT"] = "milimetru",
        ["MTK"] = "metru pătrat", ["MTQ"] = "metru cub", ["KWH"] = "kilowatt-oră", ["MWH"] = "megawatt-oră",
        ["HUR"] = "oră", ["MIN"] = "minut", ["DAY"] = "zi", ["WEE"] = "săptămână", ["MON"] = "lună", ["ANN"] = "an",
        ["4L"] = "megaoctet", ["E48"] = "serviciu", ["ZZ"] = "unitate", ["KTM"] = "kilometru", ["LS"] = "forfetar",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> RomanianMeans = new Dictionary<string, string>
    {
        ["1"] = "nedefinită", ["10"] = "numerar", ["20"] = "cec", ["30"] = "transfer bancar", ["31"] = "transfer bancar",
        ["42"] = "plată în cont bancar", ["48"] = "card bancar", ["49"] = "debit direct", ["54"] = "card de credit",
        ["55"] = "card de debit", ["57"] = "ordin de plată permanent", ["58"] = "transfer SEPA", ["59"] = "debit direct SEPA",
        ["68"] = "plată online", ["97"] = "compensare", ["ZZZ"] = "convenită între părți",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"bucată (H87)", "piece (H87)", or "(X99)" when the code has no name.</summary>
    public static string Unit(string code, PdfLanguage language)
    {
        var name = language == PdfLanguage.Romanian && RomanianUnits.TryGetValue(code, out var ro) ? ro
            : CodeLists.Units.TryGetName(code, out var en) ? en
            : null;
        return name is null || name.Length == 0 ? $"({code})" : $"{name} ({code})";
    }

    /// <summary>"transfer bancar (30)", "Credit transfer (30)", or the code alone.</summary>
    public static string PaymentMeans(string code, PdfLanguage language)
    {
        var name = language == PdfLanguage.Romanian && RomanianMeans.TryGetValue(code, out var ro) ? ro
            : CodeLists.PaymentMeans.TryGetName(code, out var en) ? en
            : null;
        return name is null || name.Length == 0 ? code : $"{name} ({code})";
    }
}
