namespace Efactura.Server.Storage.Users;

/// <summary>The result of <see cref="UserRepository.SignInAsync"/>.</summary>
/// <param name="Outcome">Signed in, refused or locked out.</param>
/// <param name="User">The user when signed in, else null.</param>
public sealed record SignInResult(SignInOutcome Outcome, DashboardUser? User);
