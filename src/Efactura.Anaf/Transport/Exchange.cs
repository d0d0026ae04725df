using System.Net.Http.Headers;

namespace Efactura.Anaf.Transport;

/// <summary>What one call produced after retries: an HTTP answer, or a transport failure.</summary>
internal abstract record Exchange;

/// <summary>An HTTP answer, body read in full.</summary>
internal sealed record HttpAnswer(int Status, string? MediaType, byte[] Body, HttpResponseHeaders Headers) : Exchange
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);

    public string Excerpt => Text.Length <= 300 ? Text : Text[..300];
}

/// <summary>No answer: a timeout or a network failure.</summary>
/// <param name="TimedOut">True for a timeout, false for a network failure.</param>
/// <param name="MayHaveBeenSent">False only when the connection was never established.</param>
/// <param name="Detail">What happened.</param>
internal sealed record TransportFailure(bool TimedOut, bool MayHaveBeenSent, string Detail) : Exchange;
