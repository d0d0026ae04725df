namespace Efactura.Server.Storage;

/// <summary>
/// How enum values are stored: the member name in lower case (<c>InvoiceState.Submitted</c> is
/// <c>submitted</c>), the same text the schema's CHECK constraints list.
/// </summary>
internal static class StoredName
{
    public static string Of(Enum value) => value.ToString().ToLowerInvariant();

    public static T Parse<T>(string text) where T : struct, Enum =>
        System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new InvalidOperationException($"the database holds '{text}', which is no {typeof(T).Name}");
}
