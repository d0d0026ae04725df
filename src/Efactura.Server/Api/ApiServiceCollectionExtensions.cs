using Efactura.Server.Api.Idempotency;
using Efactura.Server.Application;

namespace Efactura.Server.Api;

/// <summary>Registers what the REST API's endpoints use beyond storage and ANAF.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Adds the application services (<see cref="ApplicationServiceCollectionExtensions.AddEfacturaApplication"/>) and the API's own.</summary>
    public static IServiceCollection AddEfacturaApi(this IServiceCollection services)
    {
        services.AddEfacturaApplication();
        services.AddSingleton<IdempotentRequests>();
        return services;
    }
}
