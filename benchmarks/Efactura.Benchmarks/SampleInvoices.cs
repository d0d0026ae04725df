using System.Globalization;
using System.Text;

namespace Efactura.Benchmarks;

/// <summary>Realistic JSON invoices of a given number of lines, the input the benchmarks convert.</summary>
internal static class SampleInvoices
{
    public static byte[] Json(int lines)
    {
        var json = new StringBuilder();
        json.Append("""
            {
              "number": "BENCH-2026-0001",
              "issueDate": "2026-11-20",
              "dueDate": "2026-12-20",
              "currency": "RON",
              "supplier": {
                "name": "Alfa Distributie SRL", "vatNumber": "RO18547290", "tradeRegister": "J12/1234/2010",
                "address": { "street": "Str. Memorandumului 28", "city": "Cluj-Napoca", "county": "Cluj", "postalCode": "400114" }
              },
              "customer": {
                "name": "Beta Constructii SA", "vatNumber": "RO14399840",
                "address": { "street": "Bd. Unirii 15", "city": "Bucuresti", "county": "Sector 3", "postalCode": "030823" }
              },
              "payment": { "means": "30", "iban": "RO49AAAA1B31007593840000" },
              "lines": [
            """);
        for (var i = 0; i < lines; i++)
        {
            if (i > 0) json.Append(',');
            var rate = i % 3 == 0 ? "11" : "21";
            var quantity = (1 + i % 7).ToString(CultureInfo.InvariantCulture);
            var price = (12.5m + i % 100).ToString(CultureInfo.InvariantCulture);
            json.Append(CultureInfo.InvariantCulture, $$"""
                { "description": "Articol {{i + 1}}", "quantity": {{quantity}}, "unit": "buc", "unitPrice": {{price}}, "vatRate": {{rate}}, "itemCode": "SKU-{{i + 1}}" }
                """);
        }
        json.Append("]}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }
}
