namespace Efactura.Server.Api.Problems;

/// <summary>
/// A problem+json answer (<see cref="ApiProblem"/>) as a typed result, so an endpoint can declare
/// <c>Results&lt;JsonOk&lt;T&gt;, ProblemAnswer&gt;</c>. Its statuses are documented per endpoint
/// (<c>ProducesProblem</c>), all with the one problem schema.
/// </summary>
public sealed class ProblemAnswer : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly IResult body;

    internal ProblemAnswer(int statusCode, IResult body) => (StatusCode, this.body) = (statusCode, body);

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <inheritdoc />
    public string ContentType => ApiProblem.ContentType;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => body.ExecuteAsync(httpContext);
}
