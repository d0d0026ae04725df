using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Efactura.Server.Workers.Webhooks;

/// <summary>
/// Keeps webhooks away from the gateway's own network (server-side request forgery): a target on a loopback, private,
/// shared (carrier-grade NAT), link-local (cloud metadata at 169.254.169.254), unique-local, multicast, reserved or
/// unspecified address, or one of the gateway's own addresses, is refused when the subscription is made (any notation of the address, or a name resolving
/// to one) and again when the dispatcher connects, against the address it connects to, so that a name which resolves
/// elsewhere later (DNS rebinding) still reaches no internal address. Hosts the operator lists in
/// <see cref="WebhookTargetOptions.AllowedHosts"/> are exempt.
/// </summary>
public sealed class WebhookTargets
{
    private readonly HashSet<string> allowed;
    private readonly Func<IReadOnlyCollection<IPAddress>> ownAddresses;

    /// <summary>Targets checked against <paramref name="options"/> and this machine's own addresses (the gateway itself).</summary>
    public WebhookTargets(WebhookTargetOptions options) : this(options, MachineAddresses)
    {
    }

    // ownAddresses: the gateway's own addresses, read at each check (interfaces come and go); tests name them.
    internal WebhookTargets(WebhookTargetOptions options, Func<IReadOnlyCollection<IPAddress>> ownAddresses)
    {
        ArgumentNullException.ThrowIfNull(options);
        allowed = new(options.AllowedHosts.Select(Normalize), StringComparer.OrdinalIgnoreCase);
        this.ownAddresses = ownAddresses ?? throw new ArgumentNullException(nameof(ownAddresses));
    }

    /// <summary>Why a subscription to <paramref name="url"/> is refused, or null when it may be made.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.UserInfo.Length > 0) return "url must not carry a user name or password; authenticate the receiver by the signature (Efactura-Signature).";
        var host = Normalize(url.IdnHost);
        if (allowed.Contains(host)) return null;
        var own = ownAddresses();
        if (IPAddress.TryParse(host, out var literal))
            return Refused(literal, own) ? Internal(url.Host, literal) : null;
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            // Not resolvable now: the check at connect time still applies when it is.
            return null;
        }
        return addresses.FirstOrDefault(a => Refused(a, own)) is { } inside ? Internal(url.Host, inside) : null;
    }

    /// <summary>
    /// The dispatcher's connection (<see cref="SocketsHttpHandler.ConnectCallback"/>): resolves the host and connects
    /// only to an address that is not internal (any address for an allowed host).
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = Normalize(context.DnsEndPoint.Host);
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var own = ownAddresses();
        var usable = allowed.Contains(host) ? addresses : [.. addresses.Where(a => !Refused(a, own))];
        if (usable.Length == 0)
            throw new InternalTargetException($"{context.DnsEndPoint.Host} is an internal address (or resolves only to internal ones); webhooks are not sent there unless {WebhookTargetOptions.Section}:AllowedHosts names it.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether the address is one a webhook must not reach: anything but a public unicast address.</summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork) return IsInternalV4(b);
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
            || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
            return true;
        // IPv4 inside IPv6: NAT64 (64:ff9b::/96) and 6to4 (2002::/16) reach the IPv4 address they carry.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return IsInternalV4(b[12..]);
        if (b[0] == 0x20 && b[1] == 0x02) return IsInternalV4(b[2..6]);
        // The rest of ::/8 (IPv4-compatible, unspecified) is no public address.
        return b[0] == 0;
    }

    // Internal, or one of the gateway's own addresses (a public one too: the gateway is no webhook receiver).
    private static bool Refused(IPAddress address, IReadOnlyCollection<IPAddress> own) =>
        IsInternal(address) || own.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static IReadOnlyCollection<IPAddress> MachineAddresses()
    {
        try
        {
            return [.. NetworkInterface.GetAllNetworkInterfaces().SelectMany(i => i.GetIPProperties().UnicastAddresses).Select(u => u.Address)];
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }

    private static bool IsInternalV4(byte[] b) => b[0] switch
    {
        0 or 10 or 127 => true,
        100 => b[1] is >= 64 and < 128,
        169 => b[1] == 254,
        172 => b[1] is >= 16 and < 32,
        192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2),
        198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),
        203 => b[1] == 0 && b[2] == 113,
        >= 224 => true,
        _ => false,
    };

    private static string Internal(string host, IPAddress address) =>
        $"url's host {host} is (or resolves to) {address}, an internal address or the gateway's own; webhooks go to public addresses only, unless the operator lists the host in {WebhookTargetOptions.Section}:AllowedHosts.";

    private static string Normalize(string host) => host.Trim('[', ']').TrimEnd('.');
}
