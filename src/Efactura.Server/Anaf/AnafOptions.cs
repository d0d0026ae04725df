using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Anaf;

/// <summary>How the gateway reaches ANAF; section <c>Efactura:Anaf</c>.</summary>
public sealed class AnafOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Anaf";

    /// <summary>
    /// The environment new companies get when they name none; default <see cref="AnafEnvironment.Simulator"/> where the
    /// simulator is enabled (Development), <see cref="AnafEnvironment.Test"/> (ANAF TEST) everywhere else: a production
    /// gateway sends to ANAF's production only when told to (here, or per company).
    /// </summary>
    public AnafEnvironment DefaultEnvironment { get; set; } = AnafEnvironment.Simulator;

    /// <summary>The OAuth client id registered at ANAF (for test and prod).</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The OAuth client secret registered at ANAF.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>
    /// The redirect URI registered at ANAF: this server's <c>/v1/anaf/callback</c> as the browser reaches it, https
    /// (required outside Development, see docs/production.md).
    /// </summary>
    public string RedirectUri { get; set; } = "";

    /// <summary>The share of each ANAF quota kept unused, 0 to 0.5; default 0.05.</summary>
    public decimal QuotaMargin { get; set; } = 0.05m;

    /// <summary>
    /// ANAF's calls per minute for the whole application (all nodes, per ANAF environment), before
    /// <see cref="QuotaMargin"/>; default 1000, ANAF's published limit. Lower it when other programs share the
    /// application's budget (or to test the gateway with a full calls window).
    /// </summary>
    public int CallsPerMinute { get; set; } = 1000;

    /// <summary>Per-call timeout; default 60 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// PEM certificates whose signatures on ZIPs of ANAF's production count as ANAF's, besides the ones efactura pins
    /// (src/Efactura.Anaf/Archives/Certificates): for a certificate ANAF renews before efactura pins it (its 2025
    /// renewal was not public when this was written). Each counts only within its own validity; empty by default.
    /// </summary>
    public List<string> ProductionSigners { get; set; } = [];

    /// <summary>The simulator serving the <c>simulator</c> environment.</summary>
    public SimulatorSettings Simulator { get; set; } = new();

    /// <summary>Where the <c>simulator</c> environment is.</summary>
    public sealed class SimulatorSettings
    {
        /// <summary>
        /// The root URL of a simulator running elsewhere (e.g. <c>efactura simulator</c>); when empty, the gateway
        /// starts one in its own process on a free loopback port.
        /// </summary>
        public string Url { get; set; } = "";

        /// <summary>
        /// Which of the simulator's environments the <c>simulator</c> environment talks to: its <c>/test</c> (false,
        /// the default: ZIPs signed the enveloped way ANAF TEST signs them, formatting and all) or its <c>/prod</c>
        /// (true: the detached RSA-SHA1 signature of ANAF's production).
        /// </summary>
        public bool Production { get; set; }

        /// <summary>How long the in-process simulator takes to judge an upload; default 2 s.</summary>
        public TimeSpan ProcessingDelay { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>The OAuth client id the simulator knows (its default registration).</summary>
        public string ClientId { get; set; } = "efactura-simulator";

        /// <summary>The OAuth client secret the simulator knows.</summary>
        public string ClientSecret { get; set; } = "simulator-secret";

        /// <summary>
        /// The PEM certificate a simulator at <see cref="Url"/> signs its ZIPs with, so that its signatures check as
        /// <c>verified</c> in the <c>simulator</c> environment (else <c>unknown-signer</c>). The in-process simulator's
        /// certificate is known without it.
        /// </summary>
        public string SigningCertificatePem { get; set; } = "";
    }
}
