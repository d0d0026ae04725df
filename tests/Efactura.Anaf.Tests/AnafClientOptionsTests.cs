namespace Efactura.Anaf.Tests;

public sealed class AnafClientOptionsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new AnafClientOptions();

        options.Endpoints.ShouldBe(AnafEndpoints.Production);
        options.Timeout.ShouldBe(TimeSpan.FromSeconds(60));
        options.MaxRetries.ShouldBe(3);
        options.RetryBaseDelay.ShouldBe(TimeSpan.FromSeconds(1));
        options.RetryMaxDelay.ShouldBe(TimeSpan.FromSeconds(30));
        options.TooManyRequestsWait.ShouldBe(TimeSpan.FromMinutes(1));
        options.MaxTooManyRequestsWaits.ShouldBe(3);
        options.ListClockSkewMargin.ShouldBe(TimeSpan.FromMinutes(1));
        options.ClientCredentialsInBody.ShouldBeFalse();
        options.ArchiveLimits.MaxEntries.ShouldBe(2);
        options.Time.ShouldBe(TimeProvider.System);
    }

    [Fact]
    public void Endpoints_are_ANAF_hosts()
    {
        AnafEndpoints.Production.Api.ShouldBe(new Uri("https://api.anaf.ro/prod/FCTEL/rest/"));
        AnafEndpoints.Test.Api.ShouldBe(new Uri("https://api.anaf.ro/test/FCTEL/rest/"));
        AnafEndpoints.Test.OAuth.ShouldBe(new Uri("https://logincert.anaf.ro/anaf-oauth2/v1/"));
        AnafEndpoints.Test.Public.ShouldBe(new Uri("https://webservicesp.anaf.ro/prod/FCTEL/rest/"));
        AnafEndpoints.Production.SignatureValidation.ShouldBe(new Uri("https://webservicesp.anaf.ro/api/validate/signature"));
    }

    [Fact]
    public void Simulator_endpoints_share_one_host()
    {
        var endpoints = AnafEndpoints.Simulator(new Uri("http://127.0.0.1:5000/"), production: true);

        endpoints.Api.ShouldBe(new Uri("http://127.0.0.1:5000/prod/FCTEL/rest/"));
        endpoints.Public.ShouldBe(new Uri("http://127.0.0.1:5000/webservicesp/prod/FCTEL/rest/"));
        endpoints.OAuth.ShouldBe(new Uri("http://127.0.0.1:5000/anaf-oauth2/v1/"));
        endpoints.SignatureValidation.ShouldBe(new Uri("http://127.0.0.1:5000/api/validate/signature"));
    }
}
