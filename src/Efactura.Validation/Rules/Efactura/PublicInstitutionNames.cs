using System.Text;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>
/// The conservative guess that a buyer is a Romanian public institution, used when the caller does not say
/// (<see cref="InvoiceValidatorOptions.BuyerIsPublic"/>): the buyer's name, folded to lower case without diacritics
/// or punctuation, starts with the name of a kind of public body: "Primăria …", "Ministerul …", "Consiliul Județean …",
/// "Spitalul Clinic Județean …", "Școala Gimnazială …", "UAT …". Names that private companies also use
/// ("Compania Națională", "Universitatea", "Spitalul …" alone) are left out on purpose: a missed B2G invoice
/// costs a warning, a wrong guess would nag a private buyer.
/// </summary>
internal static class PublicInstitutionNames
{
    private static readonly string[] Prefixes =
    [
        "primaria ", "ministerul ", "consiliul judetean ", "consiliul local ", "institutia prefectului ", "prefectura ",
        "inspectoratul ", "agentia nationala ", "autoritatea nationala ", "casa nationala de ", "casa judeteana de ",
        "directia generala ", "directia de sanatate publica ", "directia judeteana ", "curtea de apel ", "curtea de conturi",
        "tribunalul ", "judecatoria ", "parchetul ", "unitatea administrativ teritoriala ", "uat ", "comuna ", "orasul ",
        "municipiul ", "judetul ", "scoala gimnaziala ", "liceul teoretic ", "liceul tehnologic ", "colegiul national ",
        "gradinita cu program ", "spitalul clinic judetean ", "spitalul judetean ", "spitalul municipal ", "spitalul orasenesc ",
        "serviciul public ", "administratia nationala ", "administratia fondului ",
    ];

    public static bool LooksPublic(string name) => Prefixes.Any(Fold(name).StartsWith);

    /// <summary>"PRIMĂRIA Municipiului Cluj-Napoca" → "primaria municipiului cluj napoca " (trailing space for whole words).</summary>
    public static string Fold(string name)
    {
        var text = new StringBuilder(name.Length + 1);
        var space = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(Fold(c));
                space = false;
            }
            else if (!space)
            {
                text.Append(' ');
                space = true;
            }
        }
        if (!space) text.Append(' ');
        return text.ToString();
    }

    // Romanian letters folded by hand: invariant-globalization builds neither decompose nor lower-case them all.
    private static char Fold(char c) => c switch
    {
        'ă' or 'â' or 'Ă' or 'Â' => 'a',
        'î' or 'Î' => 'i',
        'ș' or 'ş' or 'Ș' or 'Ş' => 's',
        'ț' or 'ţ' or 'Ț' or 'Ţ' => 't',
        _ => char.ToLowerInvariant(c),
    };
}
