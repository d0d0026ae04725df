namespace Efactura.Server.Anaf;

/// <summary>A call to ANAF needs the company's token, and the company has no active connection.</summary>
public sealed class AnafNotConnectedException : Exception
{
    /// <summary>A new exception for <paramref name="companyId"/>.</summary>
    public AnafNotConnectedException(Guid companyId, string reason)
        : base($"Company {companyId} is not connected to ANAF ({reason}): connect it with GET /v1/anaf/connect?companyId={companyId}.")
    {
        CompanyId = companyId;
    }

    /// <summary>The company.</summary>
    public Guid CompanyId { get; }
}
