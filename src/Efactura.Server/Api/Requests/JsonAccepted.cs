using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Efactura.Server.Api.Requests;

/// <summary>
/// 202 with <typeparamref name="T"/> in the API's JSON (<see cref="JsonResponse"/>): work accepted to be done later;
/// a typed result, so the OpenAPI document learns the answer's shape from the handler's return type.
/// </summary>
/// <typeparam name="T">The body's type.</typeparam>
public sealed class JsonAccepted<T> : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider where T : notnull
{
    /// <summary>202 with <paramref name="value"/>.</summary>
    public JsonAccepted(T value) => Value = value;

    /// <inheritdoc />
    public T Value { get; }

    object? IValueHttpResult.Value => Value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status202Accepted;

    /// <inheritdoc />
    public string ContentType => JsonResponse.ContentType;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => new JsonResponse(StatusCodes.Status202Accepted, Value).ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status202Accepted, typeof(T), [JsonResponse.ContentType]));
    }
}
