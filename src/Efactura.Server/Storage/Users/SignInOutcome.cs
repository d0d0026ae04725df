namespace Efactura.Server.Storage.Users;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInOutcome
{
    /// <summary>Email and password match: a session may open.</summary>
    SignedIn,

    /// <summary>Unknown email, wrong password, or a user with no password yet (the page says nothing more).</summary>
    Refused,

    /// <summary>Too many failures: refused without checking the password until the lockout ends.</summary>
    LockedOut,
}
