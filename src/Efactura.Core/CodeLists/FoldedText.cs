using System.Text;

namespace Efactura.Core.CodeLists;

/// <summary>
/// Folds what people type into a comparison key: lower case, Romanian (and common Latin) diacritics removed,
/// surrounding whitespace trimmed and inner whitespace collapsed to one space. Both Romanian spellings of
/// s and t are folded: the correct comma-below (ș ț) and the legacy cedilla (ş ţ) still common in data.
/// </summary>
internal static class FoldedText
{
    /// <summary>The folded key of <paramref name="text"/>.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    /// <summary>The folded key with every character that is not a letter or a digit removed: "Bistrița-Năsăud" → "bistritanasaud".</summary>
    public static string Compact(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(c);
        }

        return builder.ToString();
    }

    private static char FoldChar(char c) => char.ToLowerInvariant(c) switch
    {
        'ă' or 'â' or 'á' or 'à' or 'ä' or 'ã' or 'å' => 'a',
        'î' or 'í' or 'ì' or 'ï' => 'i',
        'ș' or 'ş' or 'š' or 'ß' => 's',
        'ț' or 'ţ' => 't',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ő' => 'o',
        'ú' or 'ù' or 'û' or 'ü' or 'ű' => 'u',
        'ç' or 'č' => 'c',
        'ñ' => 'n',
        'ž' => 'z',
        '²' => '2',
        '³' => '3',
        var lower => UpperCaseDiacritic(c) ?? lower,
    };

    // Invariant-globalization builds may not lower-case every non-ASCII letter; the Romanian capitals are folded explicitly.
    private static char? UpperCaseDiacritic(char c) => c switch
    {
        'Ă' or 'Â' => 'a',
        'Î' => 'i',
        'Ș' or 'Ş' => 's',
        'Ț' or 'Ţ' => 't',
        _ => null,
    };
}
