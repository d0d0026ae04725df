using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Efactura.Server.Hosting;

/// <summary>
/// Checks an options object's data annotations (<c>[Range]</c>...) and fails with their own messages only: the
/// framework's <c>ValidateDataAnnotations</c> wraps them in a sentence naming the .NET type, which an operator
/// reading why the server did not start has no use for. Registered with <see cref="Add"/>, run at start.
/// </summary>
public sealed class OptionsRules<T> : IValidateOptions<T> where T : class
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(r => r.ErrorMessage ?? $"{string.Join(", ", r.MemberNames)} is not valid."));
    }

    /// <summary>Binds <typeparamref name="T"/> to <paramref name="section"/>, checks it at start, and registers its value as a singleton.</summary>
    public static IServiceCollection Add(IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<T>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>, OptionsRules<T>>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services;
    }
}
