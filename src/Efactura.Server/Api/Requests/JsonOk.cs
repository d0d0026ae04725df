using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Efactura.Server.Api.Requests;

/// <summary>
/// 200 with <typeparamref name="T"/> in the API's JSON (<see cref="JsonResponse"/>): a typed result, so the OpenAPI
/// document learns the answer's shape from the handler's return type.
/// </summary>
/// <typeparam name="T">The body's type.</typeparam>
public sealed class JsonOk<T> : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider where T : notnull
{
    /// <summary>200 with <paramref name="value"/>.</summary>
    public JsonOk(T value) => Value = value;

    /// <inheritdoc />
    public T Value { get; }

    object? IValueHttpResult.Value => Value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public string ContentType => JsonResponse.ContentType;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => JsonResponse.Ok(Value).ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), [JsonResponse.ContentType]));
    }
}
