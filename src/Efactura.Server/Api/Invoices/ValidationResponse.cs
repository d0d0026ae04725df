using Efactura.Server.Api.Problems;

namespace Efactura.Server.Api.Invoices;

/// <summary>The answer of <c>POST /v1/invoices/validate</c>.</summary>
/// <param name="Valid">True when no finding is fatal: ANAF would accept the document.</param>
/// <param name="Profile"><c>ciusro</c> or <c>en16931</c>.</param>
/// <param name="Findings">Every finding, fatal and warning.</param>
public sealed record ValidationResponse(bool Valid, string Profile, IReadOnlyList<ProblemFinding> Findings);
