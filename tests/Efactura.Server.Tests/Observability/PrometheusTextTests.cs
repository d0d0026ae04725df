using Efactura.Server.Observability;

namespace Efactura.Server.Tests.Observability;

public class PrometheusTextTests
{
    [Fact]
    public void A_family_has_help_type_and_one_line_per_sample_with_escaped_labels()
    {
        var text = new PrometheusText()
            .Counter("efactura_things_total", "Things.\nCounted.", [new PrometheusText.Sample([("kind", "a\"b\\c"), ("outcome", "2xx")], 3)])
            .Gauge("efactura_level", "Level.", [new PrometheusText.Sample([], 7)])
            .ToString();

        text.ShouldBe(
            "# HELP efactura_things_total Things.\\nCounted.\n" +
            "# TYPE efactura_things_total counter\n" +
            "efactura_things_total{kind=\"a\\\"b\\\\c\",outcome=\"2xx\"} 3\n" +
            "# HELP efactura_level Level.\n" +
            "# TYPE efactura_level gauge\n" +
            "efactura_level 7\n");
    }

    [Theory]
    [InlineData("https://api.anaf.ro/prod/FCTEL/rest/upload?standard=UBL&cif=1", "upload")]
    [InlineData("https://api.anaf.ro/test/FCTEL/rest/stareMesaj?id_incarcare=5001", "stareMesaj")]
    [InlineData("http://127.0.0.1:5000/test/FCTEL/rest/listaMesajePaginatieFactura?startTime=1", "listaMesajePaginatieFactura")]
    [InlineData("https://api.anaf.ro/prod/FCTEL/rest/descarcare?id=3001", "descarcare")]
    [InlineData("https://webservicesp.anaf.ro/prod/FCTEL/rest/transformare/FACT1/DA", "transformare")]
    [InlineData("https://logincert.anaf.ro/anaf-oauth2/v1/token", "token")]
    [InlineData("https://webservicesp.anaf.ro/api/validate/signature", "validateSignature")]
    [InlineData("https://api.anaf.ro/prod/FCTEL/rest/secret-looking-path", "other")]
    public void An_ANAF_request_is_named_by_its_operation(string url, string operation) =>
        AnafOperation.Of(new Uri(url)).ShouldBe(operation);
}
