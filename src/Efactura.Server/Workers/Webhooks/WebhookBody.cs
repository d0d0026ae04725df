using System.Text.Json;
using Efactura.Server.Storage.Events;

namespace Efactura.Server.Workers.Webhooks;

/// <summary>The body posted to a webhook (DESIGN §4.4): <c>{"id", "type", "createdAt", "data"}</c>, UTF-8 JSON.</summary>
public static class WebhookBody
{
    /// <summary>
    /// The body of <paramref name="stored"/>: <c>id</c> the event's id as a string (the same in every delivery and
    /// redelivery of it, so receivers can drop repeats), <c>type</c>, <c>createdAt</c> (ISO 8601 UTC) and
    /// <c>data</c>, the event's JSON object as stored.
    /// </summary>
    public static byte[] Write(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("type", stored.Type);
            writer.WriteString("createdAt", stored.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            writer.WritePropertyName("data");
            writer.WriteRawValue(stored.Data);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
