using Efactura.Server.Storage.Incoming;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Efactura.Server.Workers.Incoming;

/// <summary>Registers <see cref="ExpiryWatcher"/>.</summary>
public static class ExpiryWatcherRegistration
{
    /// <summary>Adds <see cref="ExpiryWatcher"/> with <c>Efactura:Workers:ExpiryWatcher</c>, its options checked at start.</summary>
    public static IServiceCollection AddExpiryWatcher(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ExpiryWatcherOptions>().Bind(configuration.GetSection(ExpiryWatcherOptions.Section)).Validate(
            o => o.WarnDaysBefore is >= 1 and < ExpiryWatcher.RetentionDays,
            $"Efactura:Workers:ExpiryWatcher:WarnDaysBefore must be 1 to {ExpiryWatcher.RetentionDays - 1} days (ANAF keeps a message {ExpiryWatcher.RetentionDays} days).")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ExpiryWatcherOptions>>().Value);
        services.TryAddSingleton<ExpiringMessageRepository>();
        return services.AddWorker<ExpiryWatcher>();
    }
}
