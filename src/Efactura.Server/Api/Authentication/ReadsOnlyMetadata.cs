namespace Efactura.Server.Api.Authentication;

/// <summary>
/// Marks a POST that changes nothing (validation), so a read-scoped API key may call it. Every other endpoint but
/// GET and HEAD needs a write key (<see cref="ApiKeyFilter"/>): a new endpoint is guarded without anyone remembering to.
/// </summary>
public sealed class ReadsOnlyMetadata
{
    /// <summary>The one instance.</summary>
    public static ReadsOnlyMetadata Instance { get; } = new();

    private ReadsOnlyMetadata()
    {
    }
}

/// <summary>Adds <see cref="ReadsOnlyMetadata"/>.</summary>
public static class ReadsOnlyExtensions
{
    /// <summary>Lets read-scoped keys call this endpoint: it changes nothing.</summary>
    public static TBuilder ReadsOnly<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(ReadsOnlyMetadata.Instance);
}
