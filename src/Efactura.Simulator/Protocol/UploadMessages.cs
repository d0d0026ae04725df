namespace Efactura.Simulator.Protocol;

/// <summary>Upload's error texts, verbatim from ANAF's Swagger (anaf-api.md §2.2).</summary>
internal static class UploadMessages
{
    public const string MissingParameters = "Parametrii standard si cif sunt obligatorii";
    public const string MissingFile = "Trebuie sa aveti atasat in request un fisier de tip xml";
    public const string InvalidStandard = "Valorile acceptate pentru parametrul standard sunt UBL, CN, CII sau RASP";
    public const string NoRightsAtAll = "Nu exista niciun CIF pentru care sa aveti drept in SPV";
    public const string InvalidExtern = "Daca parametrul extern trebuie completat, valoarea acceptata este DA";
    public const string InvalidSelfBilling = "Daca parametrul autofacturare trebuie completat, valoarea acceptata este DA";
    public const string InvalidEnforcement = "Daca parametrul executare trebuie completat, valoarea acceptata este DA";

    public static string TooLarge(long maxBytes) => $"Marime fisier transmis mai mare de {maxBytes / (1024 * 1024)} MB.";
    public static string CifNotNumber(string cif) => $"CIF introdus= {cif} nu este un numar";
    public static string NoRights(string cif) => $"Nu aveti drept in SPV pentru CIF={cif}";
    public static string NotInEnforcementRegistry(string cif) => $"CIF introdus= {cif} nu este inregistrat in Registrul RO e-Factura executari silite";
    public static string BuyerMessageLimit(int limit, string cif) => $"S-au incarcat deja {limit} de mesaje de tip RASP pentru cui={cif} in cursul zilei";

    /// <summary>Xerces' schema error for an unexpected root, wrapped as ANAF wraps it (note the trailing space).</summary>
    public static string UnknownRoot(RootElement root) =>
        $"Fisierul transmis nu este valid. org.xml.sax.SAXParseException; lineNumber: {root.Line}; columnNumber: {root.Column}; cvc-elt.1.a: Cannot find the declaration of element '{root.QualifiedName}'. ";

    /// <summary>A well-formedness error in the same wrapping.</summary>
    public static string NotWellFormed(int line, int column, string reason) =>
        $"Fisierul transmis nu este valid. org.xml.sax.SAXParseException; lineNumber: {line}; columnNumber: {column}; {reason} ";
}
