using System.Security.Cryptography;

namespace Efactura.Validation.Tests.Mutations;

/// <summary>One example with one field changed: <c>kind@example</c>, what was changed, and the resulting XML.</summary>
internal sealed record Mutation(string Id, string Description, byte[] Xml)
{
    /// <summary>SHA-256 of the XML, so the committed verdicts are known to belong to exactly these bytes.</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Xml));
}
