using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Storage.Users;

namespace Efactura.Server.Tests.Storage.Users;

/// <summary>Dashboard users (issue 18): one-time links, hashed passwords, lockout counted in the database.</summary>
public class UserRepositoryTests(PostgresServer postgres)
{
    private const string Password = "correct horse battery";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Db, Guid Tenant)> TenantAsync(string engine, PostgresServer postgres)
    {
        var db = await TestDatabase.CreateAsync(engine, postgres);
        return (db, (await db.Tenants.CreateAsync("acme", Token)).Tenant.Id);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_new_user_sets_a_password_through_the_one_time_link_and_only_hashes_are_stored(string engine)
    {
        var (db, tenant) = await TenantAsync(engine, postgres);
        await using var _ = db;

        var created = (await db.Users.CreateAsync(tenant, " Ana@Firma.RO ", DashboardRole.Owner, [], Token))!;

        created.User.Email.ShouldBe("ana@firma.ro");
        created.User.HasPassword.ShouldBeFalse();
        (await db.Users.SignInAsync("ana@firma.ro", Password, Token)).Outcome.ShouldBe(SignInOutcome.Refused);
        (await db.Users.FindByLinkAsync(created.Link.Token, Token))!.Id.ShouldBe(created.User.Id);
        (await db.Users.SetPasswordAsync(created.Link.Token, Password, Token))!.HasPassword.ShouldBeTrue();
        (await db.Users.SetPasswordAsync(created.Link.Token, "another password", Token)).ShouldBeNull("a link works once");

        var signedIn = await db.Users.SignInAsync("ANA@firma.ro", Password, Token);
        signedIn.Outcome.ShouldBe(SignInOutcome.SignedIn);
        signedIn.User!.Id.ShouldBe(created.User.Id);
        var hash = (string)(await db.ScalarAsync("SELECT password_hash FROM dashboard_users"))!;
        hash.ShouldNotContain(Password);
        (await db.ScalarAsync("SELECT link_hash FROM dashboard_users")).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_link_stores_only_its_hash_and_expires(string engine)
    {
        var (db, tenant) = await TenantAsync(engine, postgres);
        await using var _ = db;
        var created = (await db.Users.CreateAsync(tenant, "ana@firma.ro", DashboardRole.Viewer, [], Token))!;

        (await db.ScalarAsync("SELECT link_hash FROM dashboard_users")).ShouldBe(ApiKeys.Hash(created.Link.Token));
        db.Clock.Advance(LockoutPolicy.Default.LinkLifetime + TimeSpan.FromSeconds(1));

        (await db.Users.FindByLinkAsync(created.Link.Token, Token)).ShouldBeNull();
        (await db.Users.SetPasswordAsync(created.Link.Token, Password, Token)).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Repeated_failures_lock_the_user_out_until_the_lockout_ends(string engine)
    {
        var (db, tenant) = await TenantAsync(engine, postgres);
        await using var _ = db;
        var created = (await db.Users.CreateAsync(tenant, "ana@firma.ro", DashboardRole.Owner, [], Token))!;
        await db.Users.SetPasswordAsync(created.Link.Token, Password, Token);

        for (var i = 1; i < LockoutPolicy.Default.MaxFailedSignIns; i++)
            (await db.Users.SignInAsync("ana@firma.ro", "wrong password " + i, Token)).Outcome.ShouldBe(SignInOutcome.Refused);
        (await db.Users.SignInAsync("ana@firma.ro", "wrong again", Token)).Outcome.ShouldBe(SignInOutcome.LockedOut);

        var locked = await db.Users.SignInAsync("ana@firma.ro", Password, Token);
        locked.Outcome.ShouldBe(SignInOutcome.LockedOut, "the right password is refused during the lockout");
        locked.User.ShouldBeNull();
        db.Clock.Advance(LockoutPolicy.Default.Lockout);
        (await db.Users.SignInAsync("ana@firma.ro", Password, Token)).Outcome.ShouldBe(SignInOutcome.SignedIn);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_success_clears_the_count_of_failures(string engine)
    {
        var (db, tenant) = await TenantAsync(engine, postgres);
        await using var _ = db;
        var created = (await db.Users.CreateAsync(tenant, "ana@firma.ro", DashboardRole.Owner, [], Token))!;
        await db.Users.SetPasswordAsync(created.Link.Token, Password, Token);

        for (var round = 0; round < 3; round++)
        {
            for (var i = 1; i < LockoutPolicy.Default.MaxFailedSignIns; i++) await db.Users.SignInAsync("ana@firma.ro", "wrong", Token);
            (await db.Users.SignInAsync("ana@firma.ro", Password, Token)).Outcome.ShouldBe(SignInOutcome.SignedIn);
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Reset_clears_the_password_and_lockout_and_issues_a_new_link(string engine)
    {
        var (db, tenant) = await TenantAsync(engine, postgres);
        await using var _ = db;
        var created = (await db.Users.CreateAsync(tenant, "ana@firma.ro", DashboardRole.Owner, [], Token))!;
        await db.Users.SetPasswordAsync(created.Link.Token, Password, Token);
        for (var i = 0; i < LockoutPolicy.Default.MaxFailedSignIns; i++) await db.Users.SignInAsync("ana@firma.ro", "wrong", Token);

        var reset = (await db.Users.ResetAsync(tenant, "ana@firma.ro", Token))!;

        reset.User.LockedUntil.ShouldBeNull();
        (await db.Users.SignInAsync("ana@firma.ro", Password, Token)).Outcome.ShouldBe(SignInOutcome.Refused, "the old password stops working");
        await db.Users.SetPasswordAsync(reset.Link.Token, "a new password", Token);
        (await db.Users.SignInAsync("ana@firma.ro", "a new password", Token)).Outcome.ShouldBe(SignInOutcome.SignedIn);
        (await db.Users.ResetAsync(Guid.NewGuid(), "ana@firma.ro", Token)).ShouldBeNull("another tenant cannot reset her");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_accountant_is_assigned_only_the_tenants_companies_and_emails_are_unique(string engine)
    {
        var (db, tenant) = await TenantAsync(engine, postgres);
        await using var _ = db;
        var other = (await db.Tenants.CreateAsync("other", Token)).Tenant.Id;
        var alfa = (await db.Companies.CreateAsync(tenant, "1000001", "Alfa", new CompanySettings(AnafEnvironment.Simulator), Token))!;
        var beta = (await db.Companies.CreateAsync(tenant, "1000002", "Beta", new CompanySettings(AnafEnvironment.Simulator), Token))!;
        var foreign = (await db.Companies.CreateAsync(other, "1000003", "Gama", new CompanySettings(AnafEnvironment.Simulator), Token))!;

        var accountant = (await db.Users.CreateAsync(tenant, "ion@firma.ro", DashboardRole.Accountant, [alfa.Id], Token))!;
        accountant.User.CompanyIds.ShouldBe([alfa.Id]);
        (await db.Users.CreateAsync(tenant, "ion@firma.ro", DashboardRole.Viewer, [], Token)).ShouldBeNull("the email is taken");
        (await db.Users.CreateAsync(tenant, "dan@firma.ro", DashboardRole.Accountant, [foreign.Id], Token)).ShouldBeNull();
        (await db.Users.FindAsync(tenant, "dan@firma.ro", Token)).ShouldBeNull("nothing of a refused create is kept");

        (await db.Users.AssignCompaniesAsync(tenant, accountant.User.Id, [alfa.Id, beta.Id], Token)).ShouldBeTrue();
        (await db.Users.GetAsync(accountant.User.Id, Token))!.CompanyIds.ShouldBe(new[] { alfa.Id, beta.Id }, ignoreOrder: true);
        (await db.Users.AssignCompaniesAsync(tenant, accountant.User.Id, [foreign.Id], Token)).ShouldBeFalse();
        (await db.Users.GetAsync(accountant.User.Id, Token))!.CompanyIds.Count.ShouldBe(2, "a refused assignment changes nothing");
        (await db.Users.ListAsync(tenant, Token)).Single().CompanyIds.Count.ShouldBe(2);
        (await db.Users.ListAsync(other, Token)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_short_password_or_a_bad_email_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var tenant = (await db.Tenants.CreateAsync("acme", Token)).Tenant.Id;
        var created = (await db.Users.CreateAsync(tenant, "ana@firma.ro", DashboardRole.Owner, [], Token))!;

        await Should.ThrowAsync<ArgumentException>(() => db.Users.SetPasswordAsync(created.Link.Token, "short", Token));
        await Should.ThrowAsync<ArgumentException>(() => db.Users.CreateAsync(tenant, "not an email", DashboardRole.Owner, [], Token));
        UserRepository.NormalizeEmail("a@b@c").ShouldBeNull();
    }
}
