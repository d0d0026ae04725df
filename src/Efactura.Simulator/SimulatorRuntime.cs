using System.Security.Cryptography.X509Certificates;
using Efactura.Simulator.Archives;
using Efactura.Simulator.Faults;
using Efactura.Simulator.OAuth;
using Efactura.Simulator.State;

namespace Efactura.Simulator;

/// <summary>Everything one simulator instance holds: options, state per environment, tokens, counters, faults.</summary>
internal sealed class SimulatorRuntime
{
    private long _listLagTicks;

    public SimulatorRuntime(SimulatorOptions options)
    {
        Options = options;
        _listLagTicks = options.ListLag.Ticks;
        var now = options.Time.GetUtcNow();
        // Made here unless given: generating an RSA key is the slowest part of start-up.
        var certificate = options.SigningCertificate is { } given
            ? X509CertificateLoader.LoadPkcs12(given.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable)
            : SimulatorCertificate.Create(now);
        Signer = new ArchiveSigner(certificate, options.CorruptSignatures);
        Store = options.Store ?? new MemorySimulatorStore();
        // One key signs both ZIPs and tokens.
        Tokens = new TokenService(new JwtSigner(certificate.GetRSAPrivateKey()!, "efactura_simulator"), options, Store);
        Codes = new AuthorizationCodes(options.Time, options.AuthorizationCodeLifetime);
        Stores = new Dictionary<AnafEnvironment, MessageStore>
        {
            [AnafEnvironment.Test] = new(options.FirstUploadIndex, options.FirstDownloadId),
            [AnafEnvironment.Prod] = new(options.FirstUploadIndex, options.FirstDownloadId),
        };
    }

    public SimulatorOptions Options { get; }
    public ISimulatorStore Store { get; }
    public ArchiveSigner Signer { get; }
    public TokenService Tokens { get; }
    public AuthorizationCodes Codes { get; }
    public SpvDirectory Directory { get; } = new();
    public IReadOnlyDictionary<AnafEnvironment, MessageStore> Stores { get; }
    public DailyCounters Daily { get; } = new();
    public CallWindow Calls { get; } = new();
    public FaultPlan Faults { get; } = new();

    public DateTimeOffset Now => Options.Time.GetUtcNow();

    /// <summary>Takes back what <see cref="Store"/> kept: the uploads (replayed by index, so a buyer message finds the invoice it answers) and the holders.</summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        var saved = await Store.LoadAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (environment, upload) in saved.Uploads.OrderBy(u => u.Upload.Index)) Stores[environment].Publish(upload);
        foreach (var holder in saved.Holders) Directory.Register(holder.Serial, holder.Cuis);
    }

    /// <summary>How long processed messages take to appear in the lists; changeable while running.</summary>
    public TimeSpan ListLag
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _listLagTicks));
        set => Interlocked.Exchange(ref _listLagTicks, value.Ticks);
    }
}
