using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Endpoints;

/// <summary>Reads a request body up to a limit, so an oversized upload is recognised without holding all of it.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it exceeds <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                // Drain the rest so the client sees an answer rather than a reset.
                while (await request.Body.ReadAsync(chunk, cancellationToken) > 0) { }
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
