namespace Efactura.Validation.Catalogue;

/// <summary>The BR-RO and BR-DEC-RO rules of CIUS-RO 1.0.9 (and ANAF's BR-27), described in our words.</summary>
internal sealed partial class RuleCatalogue
{
    private void AddRoRules()
    {
        Fatal("BR-RO-001", "The specification identifier (BT-24) is not the CIUS-RO one.", "Identificatorul specificației (BT-24) nu este cel CIUS-RO.",
            "Set cbc:CustomizationID to urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1.");
        Fatal("BR-RO-010", "The invoice number (BT-1) has no digit.", "Numărul facturii (BT-1) nu conține nicio cifră.",
            "Use an invoice number that contains at least one digit 0-9.");
        Fatal("BR-RO-020_1", "The invoice type code (BT-3) is not one CIUS-RO allows for an Invoice.",
            "Codul tipului facturii (BT-3) nu este unul permis de CIUS-RO pentru Invoice.", "Use 380, 384, 389 or 751; for a credit note use a CreditNote with 381.");
        Fatal("BR-RO-020_2", "The credit note type code (BT-3) is not 381.", "Codul tipului notei de creditare (BT-3) nu este 381.",
            "Use 381 in cbc:CreditNoteTypeCode.");
        Fatal("BR-RO-030", "The invoice currency (BT-5) is not RON, so the VAT accounting currency (BT-6) must be RON.",
            "Moneda facturii (BT-5) nu este RON, deci moneda de contabilizare a TVA (BT-6) trebuie să fie RON.",
            "Add cbc:TaxCurrencyCode RON and a second cac:TaxTotal with the VAT total in RON.");
        Fatal("BR-RO-040", "The invoice period description code (BT-8) is not 3, 35 or 432.",
            "Codul datei de exigibilitate a TVA (BT-8) nu este 3, 35 sau 432.", "Use 3 (issue date), 35 (delivery date) or 432 (payment date).");
        Fatal("BR-RO-065", "VAT is charged but neither the seller's VAT id (BT-31), tax registration id (BT-32) nor the tax representative's VAT id (BT-63) is given.",
            "Se aplică TVA, dar lipsesc codul de TVA al vânzătorului (BT-31), codul de înregistrare fiscală (BT-32) și codul de TVA al reprezentantului fiscal (BT-63).",
            "Give the seller's CUI or VAT number in cac:PartyTaxScheme/cbc:CompanyID.");
        Fatal("BR-RO-081", "The seller's street (BT-35) is missing.", "Lipsește strada vânzătorului (BT-35).", "Fill in cbc:StreetName of the seller's postal address.");
        Fatal("BR-RO-082", "The buyer's street (BT-50) is missing.", "Lipsește strada cumpărătorului (BT-50).", "Fill in cbc:StreetName of the buyer's postal address.");
        Fatal("BR-RO-091", "The seller's city (BT-37) is missing.", "Lipsește localitatea vânzătorului (BT-37).", "Fill in cbc:CityName of the seller's postal address.");
        Fatal("BR-RO-092", "The buyer's city (BT-52) is missing.", "Lipsește localitatea cumpărătorului (BT-52).", "Fill in cbc:CityName of the buyer's postal address.");
        Fatal("BR-RO-100", "The seller is in Bucharest (RO-B) but the city (BT-37) is not SECTOR1 to SECTOR6.",
            "Vânzătorul este în București (RO-B), dar localitatea (BT-37) nu este SECTOR1-SECTOR6.", "Write the sector as the city, e.g. SECTOR3.");
        Fatal("BR-RO-101", "The buyer is in Bucharest (RO-B) but the city (BT-52) is not SECTOR1 to SECTOR6.",
            "Cumpărătorul este în București (RO-B), dar localitatea (BT-52) nu este SECTOR1-SECTOR6.", "Write the sector as the city, e.g. SECTOR3.");
        Fatal("BR-RO-110", "The seller is in Romania but the county (BT-39) is not an ISO 3166-2:RO code.",
            "Vânzătorul este în România, dar județul (BT-39) nu este un cod ISO 3166-2:RO.", "Use a county code such as RO-CJ or RO-B.");
        Fatal("BR-RO-111", "The buyer is in Romania but the county (BT-54) is not an ISO 3166-2:RO code.",
            "Cumpărătorul este în România, dar județul (BT-54) nu este un cod ISO 3166-2:RO.", "Use a county code such as RO-CJ or RO-B.");
        Fatal("BR-RO-120", "VAT is charged but the buyer has neither a legal registration id (BT-47) nor a VAT id (BT-48).",
            "Se aplică TVA, dar cumpărătorul nu are nici cod de înregistrare legală (BT-47), nici cod de TVA (BT-48).",
            "Give the buyer's CUI, CNP or VAT number (13 zeros for an unknown private buyer).");
        Fatal("BR-RO-140", "The tax representative's street (BT-64) is missing.", "Lipsește strada reprezentantului fiscal (BT-64).",
            "Fill in cbc:StreetName of the tax representative's address.");
        Fatal("BR-RO-150", "The tax representative's city (BT-66) is missing.", "Lipsește localitatea reprezentantului fiscal (BT-66).",
            "Fill in cbc:CityName of the tax representative's address.");
        Fatal("BR-RO-160", "The tax representative is in Bucharest (RO-B) but the city (BT-66) is not SECTOR1 to SECTOR6.",
            "Reprezentantul fiscal este în București (RO-B), dar localitatea (BT-66) nu este SECTOR1-SECTOR6.", "Write the sector as the city, e.g. SECTOR3.");
        Fatal("BR-RO-170", "The tax representative is in Romania but the county (BT-68) is not an ISO 3166-2:RO code.",
            "Reprezentantul fiscal este în România, dar județul (BT-68) nu este un cod ISO 3166-2:RO.", "Use a county code such as RO-CJ or RO-B.");
        Fatal("BR-RO-180", "The delivery address street (BT-75) is missing.", "Lipsește strada adresei de livrare (BT-75).",
            "Fill in cbc:StreetName of the delivery address.");
        Fatal("BR-RO-201", "The delivery address city (BT-77) is missing.", "Lipsește localitatea adresei de livrare (BT-77).",
            "Fill in cbc:CityName of the delivery address.");
        Fatal("BR-RO-202", "The delivery address is in Bucharest (RO-B) but the city (BT-77) is not SECTOR1 to SECTOR6.",
            "Adresa de livrare este în București (RO-B), dar localitatea (BT-77) nu este SECTOR1-SECTOR6.", "Write the sector as the city, e.g. SECTOR3.");
        Fatal("BR-RO-211", "The delivery address county (BT-79) is missing.", "Lipsește județul adresei de livrare (BT-79).",
            "Fill in cbc:CountrySubentity of the delivery address.");
        Fatal("BR-RO-212", "The delivery address is in Romania but the county (BT-79) is not an ISO 3166-2:RO code.",
            "Adresa de livrare este în România, dar județul (BT-79) nu este un cod ISO 3166-2:RO.", "Use a county code such as RO-CJ or RO-B.");

        Fatal("BR-RO-A020", "The invoice has more than 20 notes (BT-22).", "Factura are mai mult de 20 de note (BT-22).", "Merge the notes into at most 20.");
        Fatal("BR-RO-A051", "More than 50 supporting documents (BG-24).", "Mai mult de 50 de documente justificative (BG-24).", "Send at most 50 supporting documents.");
        Fatal("BR-RO-A052", "A line item has more than 50 attributes (BG-32).", "Un articol are mai mult de 50 de atribute (BG-32).", "Keep at most 50 item attributes.");
        Fatal("BR-RO-A500", "More than 500 preceding invoice references (BG-3).", "Mai mult de 500 de referințe la facturi anterioare (BG-3).",
            "Refer to at most 500 preceding invoices.");

        DateRule("BR-RO-DT001", "issue date (BT-2)", "data emiterii (BT-2)");
        DateRule("BR-RO-DT002", "VAT point date (BT-7)", "data exigibilității TVA (BT-7)");
        DateRule("BR-RO-DT003", "payment due date (BT-9)", "data scadenței (BT-9)");
        DateRule("BR-RO-DT003_CN", "payment due date (BT-9)", "data scadenței (BT-9)");
        DateRule("BR-RO-DT004", "actual delivery date (BT-72)", "data livrării (BT-72)");
        DateRule("BR-RO-DT005", "period start date (BT-73, BT-134)", "data de început a perioadei (BT-73, BT-134)");
        DateRule("BR-RO-DT006", "period end date (BT-74, BT-135)", "data de sfârșit a perioadei (BT-74, BT-135)");

        Fatal("BR-27", "An item price (BT-146 or BT-148) is negative.", "Un preț al articolului (BT-146 sau BT-148) este negativ.",
            "Use a positive price; express a reduction with a negative quantity or an allowance.");

        foreach (var (id, max, what, whatRo) in LengthLimits) LengthRule(id, max, what, whatRo);
        foreach (var (id, what, whatRo) in DecimalLimits) DecimalRule(id, what, whatRo);
    }

    private void DateRule(string id, string what, string whatRo) =>
        Fatal(id, $"The {what} is not a date written as YYYY-MM-DD.", $"Valoarea din {whatRo} nu este o dată în formatul AAAA-LL-ZZ.",
            "Write the date as YYYY-MM-DD, without time or time zone.");

    private void LengthRule(string id, int max, string what, string whatRo) =>
        Fatal(id, $"The {what} is longer than {max} characters.", $"Câmpul {whatRo} depășește {max} de caractere.",
            $"Shorten it to at most {max} characters (spaces at the ends and repeated spaces do not count).");

    private void DecimalRule(string id, string what, string whatRo) =>
        Fatal(id, $"The {what} has more than two decimals.", $"Câmpul {whatRo} are mai mult de două zecimale.", "Round the amount to two decimals.");

    private static readonly (string Id, int Max, string What, string WhatRo)[] LengthLimits =
    [
        ("BR-RO-L0201", 20, "seller's postal code (BT-38)", "cod poștal al vânzătorului (BT-38)"),
        ("BR-RO-L0202", 20, "buyer's postal code (BT-53)", "cod poștal al cumpărătorului (BT-53)"),
        ("BR-RO-L0203", 20, "tax representative's postal code (BT-67)", "cod poștal al reprezentantului fiscal (BT-67)"),
        ("BR-RO-L0204", 20, "delivery postal code (BT-78)", "cod poștal de livrare (BT-78)"),
        ("BR-RO-L155", 200, "invoice number (BT-1)", "număr factură (BT-1)"),
        ("BR-RO-L0302", 200, "contract reference (BT-12)", "referință contract (BT-12)"),
        ("BR-RO-L0303", 200, "purchase order reference (BT-13)", "referință comandă (BT-13)"),
        ("BR-RO-L0304", 200, "sales order reference (BT-14)", "referință dispoziție de vânzare (BT-14)"),
        ("BR-RO-L0305", 200, "receiving advice reference (BT-15)", "referință aviz de recepție (BT-15)"),
        ("BR-RO-L0306", 200, "despatch advice reference (BT-16)", "referință aviz de expediție (BT-16)"),
        ("BR-RO-L0307", 200, "tender or lot reference (BT-17)", "referință licitație sau lot (BT-17)"),
        ("BR-RO-L0308", 200, "supporting document reference (BT-122)", "referință document justificativ (BT-122)"),
        ("BR-RO-L0501", 50, "seller's city (BT-37)", "localitate vânzător (BT-37)"),
        ("BR-RO-L0502", 50, "buyer's city (BT-52)", "localitate cumpărător (BT-52)"),
        ("BR-RO-L0503", 50, "tax representative's city (BT-66)", "localitate reprezentant fiscal (BT-66)"),
        ("BR-RO-L0504", 50, "delivery city (BT-77)", "localitate livrare (BT-77)"),
        ("BR-RO-L0505", 50, "item attribute name (BT-160)", "nume atribut articol (BT-160)"),
        ("BR-RO-L1000", 1000, "seller's additional legal information (BT-33)", "informații juridice suplimentare ale vânzătorului (BT-33)"),
        ("BR-RO-L1001", 100, "buyer accounting reference (BT-19)", "referință contabilă a cumpărătorului (BT-19)"),
        ("BR-RO-L1002", 100, "seller's address line 2 (BT-36)", "linia 2 a adresei vânzătorului (BT-36)"),
        ("BR-RO-L1003", 100, "seller's address line 3 (BT-162)", "linia 3 a adresei vânzătorului (BT-162)"),
        ("BR-RO-L1004", 100, "seller's contact point (BT-41)", "persoană de contact a vânzătorului (BT-41)"),
        ("BR-RO-L1005", 100, "seller's contact telephone (BT-42)", "telefon de contact al vânzătorului (BT-42)"),
        ("BR-RO-L1006", 100, "seller's contact e-mail (BT-43)", "e-mail de contact al vânzătorului (BT-43)"),
        ("BR-RO-L1007", 100, "buyer's address line 2 (BT-51)", "linia 2 a adresei cumpărătorului (BT-51)"),
        ("BR-RO-L1008", 100, "buyer's address line 3 (BT-163)", "linia 3 a adresei cumpărătorului (BT-163)"),
        ("BR-RO-L1009", 100, "buyer's contact point (BT-56)", "persoană de contact a cumpărătorului (BT-56)"),
        ("BR-RO-L1010", 100, "buyer's contact telephone (BT-57)", "telefon de contact al cumpărătorului (BT-57)"),
        ("BR-RO-L1011", 100, "buyer's contact e-mail (BT-58)", "e-mail de contact al cumpărătorului (BT-58)"),
        ("BR-RO-L1012", 100, "tax representative's address line 2 (BT-65)", "linia 2 a adresei reprezentantului fiscal (BT-65)"),
        ("BR-RO-L1013", 100, "tax representative's address line 3 (BT-164)", "linia 3 a adresei reprezentantului fiscal (BT-164)"),
        ("BR-RO-L1014", 100, "delivery address line 2 (BT-76)", "linia 2 a adresei de livrare (BT-76)"),
        ("BR-RO-L1015", 100, "delivery address line 3 (BT-165)", "linia 3 a adresei de livrare (BT-165)"),
        ("BR-RO-L1016", 100, "payment means text (BT-82)", "text mijloc de plată (BT-82)"),
        ("BR-RO-L1017", 100, "document allowance reason code (BT-98)", "cod motiv deducere la nivel de document (BT-98)"),
        ("BR-RO-L1018", 100, "document charge reason code (BT-105)", "cod motiv taxă suplimentară la nivel de document (BT-105)"),
        ("BR-RO-L1019", 100, "VAT exemption reason text (BT-120)", "motiv scutire TVA (BT-120)"),
        ("BR-RO-L1020", 100, "supporting document description (BT-123)", "descriere document justificativ (BT-123)"),
        ("BR-RO-L1021", 100, "line buyer accounting reference (BT-133)", "referință contabilă pe linie (BT-133)"),
        ("BR-RO-L1022", 100, "line allowance reason (BT-139)", "motiv deducere pe linie (BT-139)"),
        ("BR-RO-L1023", 100, "line charge reason (BT-144)", "motiv taxă suplimentară pe linie (BT-144)"),
        ("BR-RO-L1024", 100, "item name (BT-153)", "denumire articol (BT-153)"),
        ("BR-RO-L1025", 100, "item attribute value (BT-161)", "valoare atribut articol (BT-161)"),
        ("BR-RO-L140", 140, "remittance information (BT-83)", "informații de plată (BT-83)"),
        ("BR-RO-L151", 150, "seller's street (BT-35)", "strada vânzătorului (BT-35)"),
        ("BR-RO-L152", 150, "buyer's street (BT-50)", "strada cumpărătorului (BT-50)"),
        ("BR-RO-L153", 150, "tax representative's street (BT-64)", "strada reprezentantului fiscal (BT-64)"),
        ("BR-RO-L154", 150, "delivery street (BT-75)", "strada de livrare (BT-75)"),
        ("BR-RO-L156", 200, "preceding invoice reference (BT-25)", "referință factură anterioară (BT-25)"),
        ("BR-RO-L201", 200, "seller's name (BT-27)", "nume vânzător (BT-27)"),
        ("BR-RO-L202", 200, "seller's trading name (BT-28)", "denumire comercială vânzător (BT-28)"),
        ("BR-RO-L203", 200, "buyer's name (BT-44)", "nume cumpărător (BT-44)"),
        ("BR-RO-L204", 200, "buyer's trading name (BT-45)", "denumire comercială cumpărător (BT-45)"),
        ("BR-RO-L205", 200, "payee name (BT-59)", "nume beneficiar (BT-59)"),
        ("BR-RO-L206", 200, "tax representative's name (BT-62)", "nume reprezentant fiscal (BT-62)"),
        ("BR-RO-L207", 200, "deliver-to party name (BT-70)", "nume destinatar livrare (BT-70)"),
        ("BR-RO-L208", 200, "payment account name (BT-85)", "nume cont de plată (BT-85)"),
        ("BR-RO-L209", 200, "card holder name (BT-88)", "nume deținător card (BT-88)"),
        ("BR-RO-L210", 200, "external document location (BT-124)", "locație document extern (BT-124)"),
        ("BR-RO-L211", 200, "attached document file name (BT-125)", "nume fișier document atașat (BT-125)"),
        ("BR-RO-L212", 200, "item description (BT-154)", "descriere articol (BT-154)"),
        ("BR-RO-L301", 300, "payment terms (BT-20)", "termeni de plată (BT-20)"),
        ("BR-RO-L302", 300, "invoice note (BT-22)", "notă factură (BT-22)"),
        ("BR-RO-L303", 300, "line note (BT-127)", "notă linie (BT-127)"),
    ];

    private static readonly (string Id, string What, string WhatRo)[] DecimalLimits =
    [
        ("BR-DEC-RO-01", "document allowance amount (BT-92)", "valoare deducere document (BT-92)"),
        ("BR-DEC-RO-02", "document allowance base amount (BT-93)", "bază deducere document (BT-93)"),
        ("BR-DEC-RO-05", "document charge amount (BT-99)", "valoare taxă suplimentară document (BT-99)"),
        ("BR-DEC-RO-06", "document charge base amount (BT-100)", "bază taxă suplimentară document (BT-100)"),
        ("BR-DEC-RO-09", "sum of line net amounts (BT-106)", "sumă valori nete linii (BT-106)"),
        ("BR-DEC-RO-10", "sum of allowances (BT-107)", "sumă deduceri (BT-107)"),
        ("BR-DEC-RO-11", "sum of charges (BT-108)", "sumă taxe suplimentare (BT-108)"),
        ("BR-DEC-RO-12", "total without VAT (BT-109)", "total fără TVA (BT-109)"),
        ("BR-DEC-RO-13", "total VAT (BT-110)", "total TVA (BT-110)"),
        ("BR-DEC-RO-14", "total with VAT (BT-112)", "total cu TVA (BT-112)"),
        ("BR-DEC-RO-15", "total VAT in accounting currency (BT-111)", "total TVA în moneda de contabilizare (BT-111)"),
        ("BR-DEC-RO-16", "paid amount (BT-113)", "sumă plătită (BT-113)"),
        ("BR-DEC-RO-17", "rounding amount (BT-114)", "valoare de rotunjire (BT-114)"),
        ("BR-DEC-RO-18", "amount due (BT-115)", "sumă de plată (BT-115)"),
        ("BR-DEC-RO-1009", "VAT category taxable amount (BT-116)", "bază impozabilă pe categorie (BT-116)"),
        ("BR-DEC-RO-1010", "VAT category tax amount (BT-117)", "valoare TVA pe categorie (BT-117)"),
        ("BR-DEC-RO-23", "line net amount (BT-131)", "valoare netă linie (BT-131)"),
        ("BR-DEC-RO-24", "line allowance amount (BT-136)", "valoare deducere linie (BT-136)"),
        ("BR-DEC-RO-25", "line allowance base amount (BT-137)", "bază deducere linie (BT-137)"),
        ("BR-DEC-RO-27", "line charge amount (BT-141)", "valoare taxă suplimentară linie (BT-141)"),
        ("BR-DEC-RO-28", "line charge base amount (BT-142)", "bază taxă suplimentară linie (BT-142)"),
    ];
}
