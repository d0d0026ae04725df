using Efactura.Simulator.Assumptions;
using Efactura.Simulator.OAuth;
using Efactura.Simulator.Rules;

namespace Efactura.Simulator;

/// <summary>How a simulator instance behaves. Defaults follow ANAF's published facts.</summary>
public sealed record SimulatorOptions
{
    /// <summary>Where Kestrel listens; port 0 picks a free port (read it back from <see cref="AnafSimulator.BaseAddress"/>).</summary>
    public string Url { get; init; } = "http://127.0.0.1:0";

    /// <summary>The simulator's clock: processing, token expiry, daily limits and retention all read it, so tests never sleep.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How long an upload stays <c>in prelucrare</c>.</summary>
    public TimeSpan ProcessingDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after processing a message appears in the lists (ANAF: seconds to ~15 minutes, anaf-api.md §4.2).</summary>
    public TimeSpan ListLag { get; init; } = TimeSpan.Zero;

    /// <summary>Access token lifetime: 129600 minutes = 90 days (anaf-api.md §1.3).</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(129_600);

    /// <summary>Refresh token lifetime: 525600 minutes = 365 days (anaf-api.md §1.3).</summary>
    public TimeSpan RefreshTokenLifetime { get; init; } = TimeSpan.FromMinutes(525_600);

    /// <summary>"60 de secunde interval de obținere a unui token valid" (anaf-api.md §1.3).</summary>
    public TimeSpan AuthorizationCodeLifetime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The JWT issuer claim.</summary>
    public string Issuer { get; init; } = "https://logincert.anaf.ro";

    /// <summary>Registered OAuth applications.</summary>
    public IReadOnlyList<OAuthClientRegistration> Clients { get; init; } = [OAuthClientRegistration.Default];

    /// <summary>Published limits and sizes.</summary>
    public SimulatorLimits Limits { get; init; } = new();

    /// <summary>
    /// What decides <c>ok</c> or <c>nok</c>: by default every CIUS-RO 1.0.9 rule through the project's validator
    /// (<see cref="CiusRoInvoiceRules"/>); <see cref="StructuralInvoiceRules"/> for tests that upload skeletons.
    /// </summary>
    public IInvoiceRules Rules { get; init; } = new CiusRoInvoiceRules();

    /// <summary>CIFs in the "Registrul RO e-Factura executari silite"; an upload with executare=DA needs its cif here.</summary>
    public IReadOnlySet<string> EnforcementRegistry { get; init; } = new HashSet<string>();

    /// <summary>
    /// Emulate the F5 firewall in front of validare and transformare on the public host (not the API host), which rejects relative
    /// <c>xsi:schemaLocation</c> paths and <c>;CP </c> in text with an HTML page (anaf-api.md §1.1).
    /// </summary>
    public bool EmulateFirewall { get; init; } = true;

    /// <summary>
    /// Test switch: every download's signature is made, then one character of its signed digest is changed, so no
    /// ZIP verifies (a corrupted or forged download, for testing what a client does with one). Off by default.
    /// </summary>
    public bool CorruptSignatures { get; init; }

    /// <summary>
    /// ASSUMPTION (no recording): whether a refresh token still works after it was redeemed; default
    /// <see cref="RefreshTokenReuse.Refused"/>. See <see cref="Assumptions.RefreshTokenReuse"/>.
    /// </summary>
    public RefreshTokenReuse RefreshTokenReuse { get; init; } = RefreshTokenReuse.Refused;

    /// <summary>
    /// ASSUMPTION (no recording): the fields of the token answer; default <see cref="TokenAnswerShape.WithExpiresIn"/>.
    /// See <see cref="Assumptions.TokenAnswerShape"/>.
    /// </summary>
    public TokenAnswerShape TokenAnswer { get; init; } = TokenAnswerShape.WithExpiresIn;

    /// <summary>
    /// ASSUMPTION (no recording): the body of HTTP 429; default <see cref="TooManyRequestsBody.PlainText"/>.
    /// See <see cref="Assumptions.TooManyRequestsBody"/>.
    /// </summary>
    public TooManyRequestsBody TooManyRequestsBody { get; init; } = TooManyRequestsBody.PlainText;

    /// <summary>The first upload index handed out (real ones are 500xxxxxxx–647xxxxxxx).</summary>
    public long FirstUploadIndex { get; init; } = 5_001_000_000;

    /// <summary>
    /// The certificate, with its RSA private key, that signs ZIPs and tokens; the simulator uses a copy. When
    /// null a self-signed one is made at start (see <see cref="AnafSimulator.CreateSigningCertificate"/>), which
    /// costs most of the start-up time; reusing one also keeps earlier tokens valid across restarts.
    /// </summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? SigningCertificate { get; init; }

    /// <summary>
    /// Where the simulator keeps its uploads, its holders and the redeemed refresh tokens, so a restart with the same
    /// store and <see cref="SigningCertificate"/> answers as before (see <see cref="ISimulatorStore"/>). When null a new
    /// <see cref="MemorySimulatorStore"/>: everything is forgotten when the simulator stops.
    /// </summary>
    public ISimulatorStore? Store { get; init; }

    /// <summary>The first download id handed out (real ones are 300xxxxxxx).</summary>
    public long FirstDownloadId { get; init; } = 3_001_000_000;
}
