namespace Efactura.Simulator.Assumptions;

/// <summary>
/// The fields of the simulator's token answer. ASSUMPTION: no verbatim token answer of ANAF's is public
/// (anaf-api.md §1.3, "Not confirmed" 1); public clients read <c>access_token</c>, <c>refresh_token</c>,
/// <c>token_type</c> and <c>expires_in</c>, and the tokens are JWTs carrying <c>exp</c>.
/// </summary>
public enum TokenAnswerShape
{
    /// <summary><c>{"access_token","token_type":"Bearer","refresh_token","expires_in"}</c>, what public clients expect (the default).</summary>
    WithExpiresIn,

    /// <summary><c>{"access_token","token_type":"Bearer","refresh_token"}</c>: the expiry only inside the JWTs' <c>exp</c> claims.</summary>
    JwtOnly,
}
