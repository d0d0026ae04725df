using Efactura.Validation.Rules.Syntax;

namespace Efactura.Validation.Catalogue;

/// <summary>The UBL syntax rules (UBL-SR, UBL-CR, UBL-DT), described in our words.</summary>
internal sealed partial class RuleCatalogue
{
    private void AddSyntaxRules()
    {
        foreach (var (id, what, whatRo) in AtMostOnce)
        {
            Fatal(id, $"The {what} occurs more than once.", $"Elementul {whatRo} apare de mai multe ori.", "Keep only one; EN 16931 allows a single value here.");
        }
        Fatal("UBL-SR-07", "A preceding invoice reference has no invoice number.", "O referință la o factură anterioară nu are numărul facturii.", "Add cac:InvoiceDocumentReference/cbc:ID.");
        Fatal("UBL-SR-42", "The seller has more than two tax schemes (cac:PartyTaxScheme).", "Vânzătorul are mai mult de două scheme fiscale (cac:PartyTaxScheme).", "Keep at most the VAT id and one tax registration id.");
        Fatal("UBL-SR-43", "A supporting document reference has a scheme or document type code but is not an invoiced object (130).",
            "O referință la un document justificativ are schemă sau cod de tip, dar nu este un obiect facturat (130).", "Use DocumentTypeCode 130 for an invoiced object identifier, or remove the scheme.");
        Fatal("UBL-SR-48", "An invoice line does not have exactly one VAT category (cac:ClassifiedTaxCategory).", "O linie nu are exact o categorie de TVA (cac:ClassifiedTaxCategory).", "Give each line one cac:Item/cac:ClassifiedTaxCategory.");
        Fatal("UBL-SR-53", "A party tax scheme lacks its tax scheme id or the company id.", "O schemă fiscală a unei părți nu are identificatorul schemei sau codul firmei.", "Give both cbc:CompanyID and cac:TaxScheme/cbc:ID.");
        Fatal("UBL-SR-44", "The document has more than one distinct payment id (BT-83).", "Documentul are mai multe identificatoare de plată distincte (BT-83).", "Use one remittance information value.");
        Fatal("UBL-SR-47", "The document has more than one distinct payment means code (BT-81).", "Documentul are mai multe coduri distincte ale mijlocului de plată (BT-81).", "Use one payment means code.");
        Fatal("UBL-CR-666", "An invoiced object reference (document type 130) carries an attachment.", "O referință la obiectul facturat (tip 130) conține un atașament.", "Move the attachment to a separate supporting document.");
        Fatal("UBL-CR-673", "An invoiced object reference (document type 130) carries a description.", "O referință la obiectul facturat (tip 130) conține o descriere.", "Remove cbc:DocumentDescription from that reference.");
        Fatal("UBL-DT-01", "An amount has more than two decimals.", "O sumă are mai mult de două zecimale.", "Round the amount to two decimals (prices may have more).");
        Fatal("UBL-DT-06", "An attached binary object has no MIME type (mimeCode).", "Un obiect binar atașat nu are tip MIME (mimeCode).", "Add the mimeCode attribute.");
        Fatal("UBL-DT-07", "An attached binary object has no file name (filename).", "Un obiect binar atașat nu are nume de fișier (filename).", "Add the filename attribute.");
        Warning("UBL-CR-002", "The UBL version id is not 2.1.", "Versiunea UBL nu este 2.1.", "Remove cbc:UBLVersionID or set it to 2.1.");
        Warning("UBL-CR-412", "An invoice gives a payment due date inside payment means.", "O factură dă data scadenței în mijloacele de plată.", "Use cbc:DueDate on the invoice instead.");
        Warning("UBL-CR-665", "A supporting document reference other than an invoiced object has a scheme id.", "O referință la un document justificativ, alta decât obiectul facturat, are identificator de schemă.", "Remove the schemeID attribute.");
        Warning("UBL-DT-18", "A name attribute is used outside the payment means code.", "Un atribut name este folosit în afara codului mijlocului de plată.", "Remove the name attribute.");
        foreach (var (id, anaf, cen) in ForbiddenElements.All)
        {
            var path = cen ?? anaf!;
            Warning(id, $"{path} is not part of an EN 16931 invoice; the receiver may ignore it.",
                $"{path} nu face parte dintr-o factură EN 16931; destinatarul o poate ignora.", $"Remove {path}.");
        }
    }

    private static readonly (string Id, string What, string WhatRo)[] AtMostOnce =
    [
        ("UBL-SR-01", "contract reference (BT-12)", "referință contract (BT-12)"),
        ("UBL-SR-02", "receiving advice reference (BT-15)", "referință aviz de recepție (BT-15)"),
        ("UBL-SR-03", "despatch advice reference (BT-16)", "referință aviz de expediție (BT-16)"),
        ("UBL-SR-04", "invoiced object identifier (BT-18)", "identificator obiect facturat (BT-18)"),
        ("UBL-SR-05", "payment terms (BT-20)", "termeni de plată (BT-20)"),
        ("UBL-SR-06", "preceding invoice reference within one billing reference", "referință factură anterioară dintr-o referință de facturare"),
        ("UBL-SR-08", "invoicing period (BG-14)", "perioadă de facturare (BG-14)"),
        ("UBL-SR-09", "seller name (BT-27)", "nume vânzător (BT-27)"),
        ("UBL-SR-10", "seller trading name (BT-28)", "denumire comercială vânzător (BT-28)"),
        ("UBL-SR-11", "seller legal registration id (BT-30)", "cod înregistrare vânzător (BT-30)"),
        ("UBL-SR-12", "seller VAT id (BT-31)", "cod TVA vânzător (BT-31)"),
        ("UBL-SR-13", "seller tax registration id (BT-32)", "cod înregistrare fiscală vânzător (BT-32)"),
        ("UBL-SR-14", "seller additional legal information (BT-33)", "informații juridice vânzător (BT-33)"),
        ("UBL-SR-15", "buyer name (BT-44)", "nume cumpărător (BT-44)"),
        ("UBL-SR-16", "buyer identifier (BT-46)", "identificator cumpărător (BT-46)"),
        ("UBL-SR-17", "buyer legal registration id (BT-47)", "cod înregistrare cumpărător (BT-47)"),
        ("UBL-SR-18", "buyer VAT id (BT-48)", "cod TVA cumpărător (BT-48)"),
        ("UBL-SR-19", "payee name (BT-59), or it equals the seller's name,", "nume beneficiar (BT-59), sau este egal cu numele vânzătorului,"),
        ("UBL-SR-20", "payee identifier (BT-60), or the payee name equals the seller's,", "identificator beneficiar (BT-60), sau numele beneficiarului este al vânzătorului,"),
        ("UBL-SR-21", "payee legal registration id (BT-61), or the payee name equals the seller's,", "cod înregistrare beneficiar (BT-61), sau numele beneficiarului este al vânzătorului,"),
        ("UBL-SR-22", "tax representative name (BT-62)", "nume reprezentant fiscal (BT-62)"),
        ("UBL-SR-23", "tax representative VAT id (BT-63)", "cod TVA reprezentant fiscal (BT-63)"),
        ("UBL-SR-24", "delivery (BG-13)", "livrare (BG-13)"),
        ("UBL-SR-25", "deliver-to party name (BT-70)", "nume destinatar livrare (BT-70)"),
        ("UBL-SR-26", "payment id (BT-83) of a payment instruction", "identificator plată (BT-83) dintr-o instrucțiune de plată"),
        ("UBL-SR-27", "payment means code (BT-81) of a payment instruction", "cod mijloc de plată (BT-81) dintr-o instrucțiune de plată"),
        ("UBL-SR-28", "mandate reference (BT-89)", "referință mandat (BT-89)"),
        ("UBL-SR-29", "bank assigned creditor id (SEPA)", "identificator creditor SEPA"),
        ("UBL-SR-30", "allowance reason text", "text motiv deducere"),
        ("UBL-SR-31", "charge reason text", "text motiv taxă suplimentară"),
        ("UBL-SR-32", "VAT exemption reason text (BT-120) of a breakdown", "motiv scutire TVA (BT-120) dintr-o defalcare"),
        ("UBL-SR-33", "supporting document description (BT-123)", "descriere document justificativ (BT-123)"),
        ("UBL-SR-34", "line note (BT-127)", "notă linie (BT-127)"),
        ("UBL-SR-35", "referenced purchase order line (BT-132)", "linie comandă referită (BT-132)"),
        ("UBL-SR-36", "line period (BG-26)", "perioadă linie (BG-26)"),
        ("UBL-SR-37", "item price discount (BT-147)", "reducere preț articol (BT-147)"),
        ("UBL-SR-39", "project reference (BT-11)", "referință proiect (BT-11)"),
        ("UBL-SR-40", "buyer trading name (BT-45)", "denumire comercială cumpărător (BT-45)"),
        ("UBL-SR-45", "payment due date", "dată scadentă în mijloacele de plată"),
        ("UBL-SR-46", "payment means text (BT-82)", "text mijloc de plată (BT-82)"),
        ("UBL-SR-49", "VAT point date code (BT-8)", "cod dată exigibilitate TVA (BT-8)"),
        ("UBL-SR-50", "item description (BT-154)", "descriere articol (BT-154)"),
        ("UBL-SR-51", "address line (BT-162 and the like) of one address", "linie adresă (BT-162 etc.) dintr-o adresă"),
        ("UBL-SR-52", "line document reference (BT-128)", "referință document pe linie (BT-128)"),
        ("UBL-SR-54", "payment card (BG-18)", "card de plată (BG-18)"),
        ("UBL-SR-55", "direct debit mandate (BG-19)", "mandat de debit direct (BG-19)"),
        ("UBL-SR-56", "tender or lot reference (BT-17)", "referință licitație sau lot (BT-17)"),
    ];
}
