using Efactura.Server.Tests.Hosting;

namespace Efactura.Server.Tests.Api;

/// <summary>One <see cref="TestServer"/> shared by a test class; each test works in a tenant of its own.</summary>
public sealed class ApiServer : IAsyncLifetime
{
    private TestServer? server;

    public TestServer Server => server ?? throw new InvalidOperationException("not started");

    public Task<TestTenant> NewTenantAsync() => Server.CreateTenantAsync("tenant-" + Guid.NewGuid().ToString("N")[..8]);

    public async ValueTask InitializeAsync() => server = await TestServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }
}
