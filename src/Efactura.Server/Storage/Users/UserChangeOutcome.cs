namespace Efactura.Server.Storage.Users;

/// <summary>What a change of a user did.</summary>
public enum UserChangeOutcome
{
    /// <summary>Done.</summary>
    Changed,

    /// <summary>The tenant has no such user, or a company named is not the tenant's: nothing changed.</summary>
    Missing,

    /// <summary>Refused: it would leave the tenant without an enabled owner.</summary>
    LastOwner,
}
