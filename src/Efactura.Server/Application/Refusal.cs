using Efactura.Core.Findings;

namespace Efactura.Server.Application;

/// <summary>
/// Why an application service did not do what it was asked: the thing is missing, it is in a state that does not
/// allow the request, or the input breaks rules (with every finding). The API turns a refusal into problem+json
/// (404, 409, 422); the dashboard shows <see cref="Detail"/> and the findings.
/// </summary>
/// <param name="Detail">What happened, in words for the person who asked.</param>
public abstract record Refusal(string Detail)
{
    /// <summary>
    /// True when the same input is refused the same way whatever happens meanwhile (its content breaks rules); false
    /// when the refusal depends on other things (a company that may be created, a number that may be freed).
    /// </summary>
    public virtual bool Lasting => false;

    /// <summary>The tenant has no such thing (another tenant's is "missing" too).</summary>
    /// <param name="Detail">What is missing.</param>
    public sealed record Missing(string Detail) : Refusal(Detail);

    /// <summary>The thing is not in a state that allows the request.</summary>
    /// <param name="Reason">A stable id of the kind of conflict, e.g. <c>invalid-state</c> or <c>duplicate-invoice-number</c>.</param>
    /// <param name="Detail">What is in the way and what to do.</param>
    public sealed record Conflict(string Reason, string Detail) : Refusal(Detail);

    /// <summary>A service the request needs is not set up on this server (e.g. ANAF's OAuth application).</summary>
    /// <param name="Reason">A stable id of what is missing, e.g. <c>anaf-not-configured</c>.</param>
    /// <param name="Title">A short, fixed summary of the kind.</param>
    /// <param name="Detail">What is missing and which setting provides it.</param>
    public sealed record Unavailable(string Reason, string Title, string Detail) : Refusal(Detail);

    /// <summary>ANAF (or another service the gateway relies on) failed to do its part; trying later may work.</summary>
    /// <param name="Reason">A stable id of the kind, e.g. <c>anaf-unavailable</c>.</param>
    /// <param name="Title">A short, fixed summary of the kind.</param>
    /// <param name="Detail">What the service answered and what to do instead.</param>
    public sealed record Upstream(string Reason, string Title, string Detail) : Refusal(Detail);

    /// <summary>The input breaks rules; every finding says where and how to fix it.</summary>
    /// <param name="Reason">A stable id of the kind, e.g. <c>invalid-invoice</c>, <c>invalid-company</c>, <c>unknown-company</c>.</param>
    /// <param name="Title">A short, fixed summary of the kind.</param>
    /// <param name="Detail">What happened in this case.</param>
    /// <param name="Findings">Every finding.</param>
    public sealed record Invalid(string Reason, string Title, string Detail, IReadOnlyList<Finding> Findings) : Refusal(Detail)
    {
        /// <inheritdoc />
        public override bool Lasting => LastingRefusal;

        /// <summary>False when the findings depend on stored data rather than on the input alone; true by default.</summary>
        public bool LastingRefusal { get; init; } = true;
    }
}
