using Efactura.Core.Comparison;
using Efactura.Core.Model;

namespace Efactura.Core.Tests.Comparison;

public class InvoiceDifferenceTests
{
    private static InvoiceLine Line(string id, decimal net) => new()
    {
        Id = id, Quantity = 1m, UnitCode = "H87", NetAmount = net, Price = new Price { NetAmount = net },
        VatCategory = VatCategory.Standard, VatRate = 21m, Item = new Item { Name = "item " + id },
    };

    private static Invoice Invoice() => new()
    {
        Number = "F-1",
        IssueDate = new DateOnly(2025, 9, 1),
        CurrencyCode = "RON",
        Seller = new Party { Name = "Vanzator SRL", Address = new Address { CountryCode = "RO", City = "Cluj-Napoca" }, VatIdentifier = "RO10000008" },
        Buyer = new Party { Name = "Cumparator SA", Address = new Address { CountryCode = "RO" } },
        Totals = new DocumentTotals { LineNetTotal = 30.00m, TaxExclusiveAmount = 30.00m, VatTotal = 6.30m, TaxInclusiveAmount = 36.30m, PayableAmount = 36.30m },
        Notes = [new InvoiceNote("Nota")],
        SupportingDocuments = [new SupportingDocument { Id = "D", Attachment = new Attachment([1, 2, 3], "application/pdf", "d.pdf") }],
        Lines = [Line("1", 10.00m), Line("2", 10.00m), Line("3", 10.00m)],
    };

    [Fact]
    public void Equal_invoices_have_no_difference()
    {
        InvoiceDifference.First(Invoice(), Invoice()).ShouldBeNull();
    }

    [Fact]
    public void Arrays_are_compared_element_by_element_not_by_reference()
    {
        var a = Invoice();
        var b = a with { Lines = [.. a.Lines], Notes = [.. a.Notes] };

        (a == b).ShouldBeFalse();
        InvoiceDifference.First(a, b).ShouldBeNull();
    }

    [Fact]
    public void Decimals_are_equal_by_value_whatever_their_scale()
    {
        var a = Invoice();
        var b = a with { Lines = a.Lines.SetItem(2, a.Lines[2] with { NetAmount = 10.0m }) };

        InvoiceDifference.First(a, b).ShouldBeNull();
    }

    [Fact]
    public void A_different_line_amount_names_the_business_term_the_line_and_both_values()
    {
        var a = Invoice();
        var b = a with { Lines = a.Lines.SetItem(2, a.Lines[2] with { NetAmount = 10.1m }) };

        InvoiceDifference.First(a, b).ShouldBe("BT-131 Lines[2].NetAmount: expected 10.00, got 10.1");
    }

    [Fact]
    public void The_first_difference_in_document_order_is_reported()
    {
        var a = Invoice();
        var b = a with { Number = "F-2", Lines = a.Lines.SetItem(0, a.Lines[0] with { Id = "9" }) };

        InvoiceDifference.First(a, b).ShouldBe("BT-1 Number: expected \"F-1\", got \"F-2\"");
    }

    [Fact]
    public void An_empty_text_equals_an_absent_one()
    {
        var a = Invoice() with { BuyerReference = null, Seller = Invoice().Seller with { TradingName = "" } };
        var b = Invoice() with { BuyerReference = "", Seller = Invoice().Seller with { TradingName = null } };

        InvoiceDifference.First(a, b).ShouldBeNull();
    }

    [Fact]
    public void A_missing_optional_value_is_shown_as_none()
    {
        var a = Invoice();
        var b = a with { DueDate = new DateOnly(2025, 10, 1) };

        InvoiceDifference.First(a, b).ShouldBe("BT-9 DueDate: expected (none), got 2025-10-01");
    }

    [Fact]
    public void A_list_of_other_length_is_reported_with_both_counts()
    {
        var a = Invoice();
        var b = a with { Lines = a.Lines.RemoveAt(2) };

        InvoiceDifference.First(a, b).ShouldBe("BG-25 Lines.Count: expected 3, got 2");
    }

    [Fact]
    public void A_default_array_equals_an_empty_one()
    {
        var a = Invoice() with { PaymentInstructions = default };
        var b = Invoice() with { PaymentInstructions = [] };

        InvoiceDifference.First(a, b).ShouldBeNull();
    }

    [Fact]
    public void Party_addresses_and_identifiers_are_compared_with_their_schemes()
    {
        var a = Invoice() with { Seller = Invoice().Seller with { Identifiers = [new Identifier("123", "0088")] } };
        var b = Invoice() with { Seller = Invoice().Seller with { Identifiers = [new Identifier("123", "0060")] } };
        var c = Invoice() with { Seller = Invoice().Seller with { Address = Invoice().Seller.Address with { City = "Iasi" } } };

        InvoiceDifference.First(a, b).ShouldBe("BT-29-1 Seller.Identifiers[0].SchemeId: expected \"0088\", got \"0060\"");
        InvoiceDifference.First(Invoice(), c).ShouldBe("BT-37 Seller.Address.City: expected \"Cluj-Napoca\", got \"Iasi\"");
    }

    [Fact]
    public void An_attachment_differing_in_its_bytes_is_reported()
    {
        var a = Invoice();
        var document = a.SupportingDocuments[0];
        var b = a with { SupportingDocuments = [document with { Attachment = document.Attachment! with { Content = [1, 2, 4] } }] };

        InvoiceDifference.First(a, b).ShouldBe("BT-125 SupportingDocuments[0].Attachment.Content: expected 3 bytes, got 3 bytes with other content");
    }

    [Fact]
    public void VAT_total_in_the_accounting_currency_is_its_own_business_term()
    {
        var a = Invoice();
        var b = a with { Totals = a.Totals with { VatTotalInTaxCurrency = 6.30m } };

        InvoiceDifference.First(a, b).ShouldBe("BT-111 Totals.VatTotalInTaxCurrency: expected (none), got 6.30");
    }

    [Fact]
    public void A_present_group_against_an_absent_one_is_reported()
    {
        var a = Invoice();
        var b = a with { Payee = new Payee { Name = "Factor" } };

        InvoiceDifference.First(a, b).ShouldBe("BG-10 Payee: expected (none), got present");
    }

    [Fact]
    public void Document_allowance_and_line_charge_use_their_own_business_terms()
    {
        var allowance = new AllowanceCharge { IsCharge = false, Amount = 1m };
        var charge = new AllowanceCharge { IsCharge = true, Amount = 1m };
        var a = Invoice() with { AllowanceCharges = [allowance] };
        var b = Invoice() with { AllowanceCharges = [allowance with { Amount = 2m }] };
        var line = Invoice().Lines[0];
        var c = Invoice() with { Lines = [line with { AllowanceCharges = [charge] }] };
        var d = Invoice() with { Lines = [line with { AllowanceCharges = [charge with { Reason = "Ambalare" }] }] };

        InvoiceDifference.First(a, b).ShouldBe("BT-92 AllowanceCharges[0].Amount: expected 1, got 2");
        InvoiceDifference.First(c, d).ShouldBe("BT-144 Lines[0].AllowanceCharges[0].Reason: expected (none), got \"Ambalare\"");
    }
}
