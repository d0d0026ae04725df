using System.Net.Http.Headers;
using Efactura.Testing;

namespace Efactura.Simulator.Tests;

public sealed class SigningCertificateTests
{
    [Fact]
    public async Task A_given_certificate_signs_and_keeps_tokens_valid_across_restarts()
    {
        var cancel = TestContext.Current.CancellationToken;
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        using var certificate = AnafSimulator.CreateSigningCertificate(clock.GetUtcNow());
        string token;
        await using (var first = await AnafSimulator.StartAsync(new SimulatorOptions { SigningCertificate = certificate, Time = clock }, cancel))
        {
            first.SigningCertificate.Thumbprint.ShouldBe(certificate.Thumbprint);
            token = first.IssueTokens("S1").AccessToken;
        }
        clock.Advance(TimeSpan.FromHours(1));
        await using var second = await AnafSimulator.StartAsync(new SimulatorOptions { SigningCertificate = certificate, Time = clock }, cancel);
        using var http = new HttpClient { BaseAddress = second.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=1", cancel);

        ((int)response.StatusCode).ShouldBe(200);
        certificate.HasPrivateKey.ShouldBeTrue("the simulator works on a copy and leaves the caller's certificate usable");
    }

    [Fact]
    public async Task Without_one_each_simulator_makes_its_own()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var first = await AnafSimulator.StartAsync(cancellationToken: cancel);
        await using var second = await AnafSimulator.StartAsync(cancellationToken: cancel);

        first.SigningCertificate.Thumbprint.ShouldNotBe(second.SigningCertificate.Thumbprint);
    }
}
