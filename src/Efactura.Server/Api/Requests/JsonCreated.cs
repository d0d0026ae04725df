using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Efactura.Server.Api.Requests;

/// <summary>
/// 201 with <typeparamref name="T"/> in the API's JSON (<see cref="JsonResponse"/>) and the new resource's
/// <c>Location</c>: a typed result, so the OpenAPI document learns the answer's shape from the handler's return type.
/// </summary>
/// <typeparam name="T">The body's type.</typeparam>
public sealed class JsonCreated<T> : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider where T : notnull
{
    /// <summary>201 with <paramref name="value"/> at <paramref name="location"/> (null: no Location header).</summary>
    public JsonCreated(string? location, T value) => (Location, Value) = (location, value);

    /// <summary>The new resource's path, or null.</summary>
    public string? Location { get; }

    /// <inheritdoc />
    public T Value { get; }

    object? IValueHttpResult.Value => Value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status201Created;

    /// <inheritdoc />
    public string ContentType => JsonResponse.ContentType;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) =>
        new JsonResponse(StatusCodes.Status201Created, Value, Location).ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, typeof(T), [JsonResponse.ContentType]));
    }
}
