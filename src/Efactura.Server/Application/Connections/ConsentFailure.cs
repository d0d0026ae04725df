namespace Efactura.Server.Application.Connections;

/// <summary>Why a consent did not connect the company.</summary>
public enum ConsentFailure
{
    /// <summary>The callback's state is unknown, expired or spent already: the login must start again.</summary>
    StateRefused,

    /// <summary>The token link the login started from has connected the company already.</summary>
    LinkUsed,

    /// <summary>The company the consent was for no longer exists.</summary>
    CompanyGone,

    /// <summary>ANAF did not exchange the authorization code for tokens.</summary>
    AnafRefused,
}
