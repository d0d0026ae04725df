using System.Security.Cryptography;
using System.Text;
using Efactura.Server.Api.Problems;

namespace Efactura.Server.Api.Admin;

/// <summary>
/// Lets a request under <c>/admin/v1</c> through only with <c>Authorization: Bearer &lt;operator key&gt;</c>
/// (<see cref="AdminOptions.OperatorKey"/>). The configured key is hashed once; a presented key is hashed and compared
/// with <see cref="CryptographicOperations.FixedTimeEquals"/>, so the answer time says nothing about the key.
/// </summary>
public sealed class OperatorKeyFilter : IEndpointFilter
{
    /// <summary>The shortest operator key accepted.</summary>
    public const int MinimumLength = AdminOptions.MinimumKeyLength;

    private const string Scheme = "Bearer ";
    private readonly byte[]? _hash;

    /// <summary>A filter for the operator key of <paramref name="options"/> (none configured: every request refused).</summary>
    public OperatorKeyFilter(AdminOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _hash = options.OperatorKey.Length >= MinimumLength ? Hash(options.OperatorKey) : null;
    }

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (_hash is null)
            return ApiProblem.Forbidden($"The admin API is off: set {AdminOptions.Section}:OperatorKey (at least {MinimumLength} characters), or manage tenants with 'dotnet Efactura.Server.dll tenants ...'.");
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            || !CryptographicOperations.FixedTimeEquals(Hash(header[Scheme.Length..].Trim()), _hash))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblem.Unauthorized("Send the operator key as 'Authorization: Bearer <operator key>'.");
        }
        return await next(context).ConfigureAwait(false);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
