using Efactura.Anaf.Messages;

namespace Efactura.Anaf.Tests.Messages;

public sealed class AnafMessageCatalogueTests
{
    /// <summary>Every message text of anaf-api.md, verbatim, with the code it must get.</summary>
    public static TheoryData<string, string, AnafMessageCategory> Documented => new()
    {
        { "Valorile acceptate pentru parametrul standard sunt UBL, CN, CII sau RASP", "ANAF-STANDARD-INVALID", AnafMessageCategory.InvalidRequest },
        { "Valorile acceptate pentru parametrul standard sunt UBL, CII sau RASP", "ANAF-STANDARD-INVALID", AnafMessageCategory.InvalidRequest },
        { "Marime fisier transmis mai mare de 10 MB.", "ANAF-FILE-TOO-LARGE", AnafMessageCategory.InvalidRequest },
        { "Marime fisier transmis mai mare de 5 MB.", "ANAF-FILE-TOO-LARGE", AnafMessageCategory.InvalidRequest },
        { "CIF introdus= 123a nu este un numar", "ANAF-CIF-NOT-NUMBER", AnafMessageCategory.InvalidRequest },
        { "CIF introdus= aaa nu este un numar sau nu are o valoare acceptata de sistem", "ANAF-CIF-NOT-NUMBER", AnafMessageCategory.InvalidRequest },
        { "Nu exista niciun CIF pentru care sa aveti drept in SPV", "ANAF-NO-SPV-RIGHTS-AT-ALL", AnafMessageCategory.NoRights },
        { "Nu exista niciun CIF petru care sa aveti drept", "ANAF-NO-SPV-RIGHTS-AT-ALL", AnafMessageCategory.NoRights },
        { "Nu aveti drept in SPV pentru CIF=1234", "ANAF-NO-SPV-RIGHTS", AnafMessageCategory.NoRights },
        { "Fisierul transmis nu este valid. org.xml.sax.SAXParseException; lineNumber: 15; columnNumber: 155; cvc-elt.1.a: Cannot find the declaration of element 'Invoice1'. ", "ANAF-XML-INVALID", AnafMessageCategory.InvalidDocument },
        { "Daca parametrul extern trebuie completat, valoarea acceptata este DA", "ANAF-EXTERN-VALUE", AnafMessageCategory.InvalidRequest },
        { "Daca parametrul autofacturare trebuie completat, valoarea acceptata este DA", "ANAF-SELF-BILLING-VALUE", AnafMessageCategory.InvalidRequest },
        { "Daca parametrul executare trebuie completat, valoarea acceptata este DA", "ANAF-ENFORCEMENT-VALUE", AnafMessageCategory.InvalidRequest },
        { "CIF introdus= 1234 nu este inregistrat in Registrul RO e-Factura executari silite", "ANAF-ENFORCEMENT-NOT-REGISTERED", AnafMessageCategory.NoRights },
        { "S-au incarcat deja 1000 de mesaje de tip RASP pentru cui=1234 in cursul zilei", "ANAF-RASP-DAILY-LIMIT", AnafMessageCategory.DailyLimit },
        { "A aparut o eroare tehnica. Cod: XXX", "ANAF-TECHNICAL-ERROR", AnafMessageCategory.Technical },
        { "Nu aveti dreptul de inteorgare pentru id_incarcare= 18", "ANAF-STATUS-NO-RIGHT", AnafMessageCategory.NoRights },
        { "Id_incarcare introdus= aaa nu este un numar intreg", "ANAF-UPLOAD-ID-NOT-INTEGER", AnafMessageCategory.InvalidRequest },
        { "Nu exista factura cu id_incarcare= 15000", "ANAF-UPLOAD-NOT-FOUND", AnafMessageCategory.NotFound },
        { "S-au facut deja 20 descarcari de mesaj in cursul zilei", "ANAF-MESSAGE-DAILY-LIMIT", AnafMessageCategory.DailyLimit },
        { "S-au facut deja 10 descarcari la mesajul cu id_descarcare=3001 in cursul zilei", "ANAF-MESSAGE-DAILY-LIMIT", AnafMessageCategory.DailyLimit },
        { "Nu exista mesaje in ultimele 15 zile", "ANAF-LIST-EMPTY", AnafMessageCategory.Empty },
        { "Nu exista mesaje in intervalul selectat", "ANAF-LIST-EMPTY", AnafMessageCategory.Empty },
        { "Numarul de zile introdus= aaa nu este un numar intreg", "ANAF-DAYS-NOT-INTEGER", AnafMessageCategory.InvalidRequest },
        { "Numarul de zile trebuie sa fie intre 1 si 60", "ANAF-DAYS-OUT-OF-RANGE", AnafMessageCategory.InvalidRequest },
        { "Valorile acceptate pentru parametrul filtru sunt E, T, P sau R", "ANAF-FILTER-INVALID", AnafMessageCategory.InvalidRequest },
        { "Lista de mesaje este mai mare decat numarul de 500 elemente permise in pagina. Folositi endpoint-ul cu paginatie.", "ANAF-LIST-TOO-LONG", AnafMessageCategory.InvalidRequest },
        { "startTime = aaa nu este un numar sau nu are o valoare acceptata de sistem", "ANAF-PARAMETER-VALUE", AnafMessageCategory.InvalidRequest },
        { "pagina = aa nu este un numar sau nu are o valoare acceptata de sistem", "ANAF-PARAMETER-VALUE", AnafMessageCategory.InvalidRequest },
        { "startTime = 09-07-2022 10:41:11 nu poate fi mai vechi de 60 de zile fata de momentul requestului", "ANAF-START-TOO-OLD", AnafMessageCategory.InvalidRequest },
        { "endTime = 09-08-2022 10:41:11 nu poate fi <= startTime = 06-09-2022 09:48:20", "ANAF-END-NOT-AFTER-START", AnafMessageCategory.InvalidRequest },
        { "endTime = 02-12-2022 11:49:24 nu poate in viitor fata de momentul requestului", "ANAF-END-IN-FUTURE", AnafMessageCategory.InvalidRequest },
        { "endTime = 30-07-2026 15:15:28 nu poate in viitor fata de momentul requestului = 30-07-2026 15:15:27", "ANAF-END-IN-FUTURE", AnafMessageCategory.InvalidRequest },
        { "Pagina solicitata 50 este mai mare decat numarul toatal de pagini 29", "ANAF-PAGE-OUT-OF-RANGE", AnafMessageCategory.InvalidRequest },
        { "S-au facut deja 1000 interogari de lista mesaje de catre utilizator in cursul zilei", "ANAF-LIST-DAILY-LIMIT", AnafMessageCategory.DailyLimit },
        { "S-au facut deja 1500 de interogari de tip lista mesaje simpla de catre CUI= 123 in cursul zilei", "ANAF-LIST-DAILY-LIMIT", AnafMessageCategory.DailyLimit },
        { "Pentru id=21 nu exista inregistrata nici o factura", "ANAF-DOWNLOAD-NOT-FOUND", AnafMessageCategory.NotFound },
        { "Nu aveti dreptul sa descarcati acesta factura", "ANAF-DOWNLOAD-NO-RIGHT", AnafMessageCategory.NoRights },
        { "Id descarcare introdus= 123a nu este un numar intreg", "ANAF-DOWNLOAD-ID-NOT-INTEGER", AnafMessageCategory.InvalidRequest },
        { "Fisierul nu mai poate fi descarcat pentru ca a trecut perioada de 60 de zile in care este disponibil", "ANAF-DOWNLOAD-EXPIRED", AnafMessageCategory.Expired },
        { "Valorile acceptate pentru parametrul standard sunt FACT1 si FCN", "ANAF-VALIDATION-STANDARD-INVALID", AnafMessageCategory.InvalidRequest },
        { "Parametrii standard si cif sunt obligatorii", "ANAF-MISSING-PARAMETERS", AnafMessageCategory.InvalidRequest },
        { "Parametrul id_incarcare este obligatoriu", "ANAF-MISSING-PARAMETERS", AnafMessageCategory.InvalidRequest },
        { "Parametrii zile si cif sunt obligatorii", "ANAF-MISSING-PARAMETERS", AnafMessageCategory.InvalidRequest },
        { "Parametrii startTime, endTime, cif si pagina sunt obligatorii", "ANAF-MISSING-PARAMETERS", AnafMessageCategory.InvalidRequest },
        { "Parametrul id este obligatoriu", "ANAF-MISSING-PARAMETERS", AnafMessageCategory.InvalidRequest },
        { "Trebuie sa aveti atasat in request un fisier de tip xml", "ANAF-MISSING-FILE", AnafMessageCategory.InvalidRequest },
        { "Eroare tehnică: request incorect. Cauza: cel puțin unul din documente NU a fost încărcat sau NU este un fisier de tip XML specific facturii electronice.", "ANAF-SIGNATURE-REQUEST-INVALID", AnafMessageCategory.InvalidRequest },
        { "E: AccountingSupplierParty (1) sectiune Party (1) sectiune PartyTaxScheme (1) sectiune CompanyID (1)  eroare regula: R_BT_32_cui: Cui vanzator incorect / validare CUI (1234) ", "R_BT_32_cui", AnafMessageCategory.InvalidDocument },
        { "E: validari globale\n eroare regula: R6.1: CIF-ul vanzatorului nu figureaza in baza de date:6443019833", "R6.1", AnafMessageCategory.InvalidDocument },
        { "E: validari globale  SCHEMATRON   eroare: [BR-CO-09]-The Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48) shall have a prefix", "BR-CO-09", AnafMessageCategory.InvalidDocument },
        { "[BR-RO-001]-Identificatorul specificatie (BT-24) trebuie sa corespunda", "BR-RO-001", AnafMessageCategory.InvalidDocument },
    };

    [Theory]
    [MemberData(nameof(Documented))]
    public void Documented_message_gets_its_stable_code(string message, string code, AnafMessageCategory category)
    {
        var explanation = AnafMessageCatalogue.Explain(message);

        explanation.Code.ShouldBe(code);
        explanation.Category.ShouldBe(category);
        explanation.Original.ShouldBe(message);
        explanation.Explanation.ShouldNotBeNullOrWhiteSpace();
        explanation.Fix.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Unknown_text_is_marked_unknown_but_kept()
    {
        var explanation = AnafMessageCatalogue.Explain("Ceva nou");

        explanation.Code.ShouldBe("ANAF-UNKNOWN");
        explanation.Original.ShouldBe("Ceva nou");
    }

    [Fact]
    public void Rule_failure_explanation_names_the_rule_and_place()
    {
        var explanation = AnafMessageCatalogue.Explain("E: AccountingSupplierParty (1) sectiune Party (1)  eroare regula: R_BT_32_cui: Cui vanzator incorect / validare CUI (1234) ");

        explanation.Explanation.ShouldBe("ANAF's check R_BT_32_cui failed at AccountingSupplierParty (1) sectiune Party (1): Cui vanzator incorect / validare CUI (1234)");
    }
}
