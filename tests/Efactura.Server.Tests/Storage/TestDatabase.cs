using System.Security.Cryptography;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Idempotency;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Migrations;
using Efactura.Server.Storage.Quotas;
using Efactura.Server.Storage.Secrets;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Storage.Users;
using Efactura.Server.Storage.Webhooks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Efactura.Server.Tests.Storage;

/// <summary>A fresh, migrated database of one engine for one test, with every repository on a manual clock.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> cleanup;

    private TestDatabase(string engine, Database database, string connectionString, Func<ValueTask> cleanup)
    {
        Engine = engine;
        Database = database;
        ConnectionString = connectionString;
        this.cleanup = cleanup;
        Protector = new SecretProtector(RandomNumberGenerator.GetBytes(SecretProtector.KeyLength));
    }

    public string Engine { get; }

    public Database Database { get; }

    public string ConnectionString { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public SecretProtector Protector { get; }

    public Migrator Migrator => new(Database, Clock, NullLogger<Migrator>.Instance);

    public TenantRepository Tenants => new(Database, Clock);

    public CompanyRepository Companies => new(Database, Clock);

    public AnafConnectionRepository Connections => new(Database, Protector, Clock);

    public InvoiceRepository Invoices => new(Database, Clock);

    public EventRepository Events => new(Database, Clock);

    public DocumentRepository Documents => new(Database, Clock);

    public IdempotencyRepository Idempotency => new(Database, Clock);

    public WebhookRepository Webhooks => new(Database, Protector, Clock);

    public SpvMessageRepository SpvMessages => new(Database, Clock);

    public IncomingInvoiceRepository IncomingInvoices => new(Database, Clock);

    public QuotaRepository Quotas => new(Database);

    public UserRepository Users => new(Database, Clock, LockoutPolicy.Default);

    /// <summary>An empty database of <paramref name="engine"/> ("sqlite" or "postgres"), migrated unless told not to.</summary>
    public static async Task<TestDatabase> CreateAsync(string engine, PostgresServer postgres, bool migrate = true)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = engine switch
        {
            "sqlite" => Sqlite(),
            "postgres" => await PostgresAsync(postgres, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "sqlite or postgres"),
        };
        if (migrate) await database.Migrator.MigrateAsync(cancellationToken);
        return database;
    }

    /// <summary>Another <see cref="Database"/> on the same data, as a second node would have.</summary>
    public Database OpenSecondNode() => Database.Create(new DatabaseOptions
    {
        Provider = Database.Dialect.Provider,
        ConnectionString = ConnectionString,
    });

    /// <summary>Runs raw SQL against the database (to corrupt data or look under the repositories).</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        return value is DBNull ? null : value;
    }

    private static TestDatabase Sqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"efactura-test-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={file}";
        var database = new SqliteDatabase(connectionString);
        return new TestDatabase("sqlite", database, connectionString, async () =>
        {
            await database.DisposeAsync();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
        });
    }

    private static async Task<TestDatabase> PostgresAsync(PostgresServer postgres, CancellationToken cancellationToken)
    {
        var connectionString = await postgres.CreateDatabaseAsync(cancellationToken);
        var database = new PostgresDatabase(connectionString);
        return new TestDatabase("postgres", database, connectionString, async () =>
        {
            await database.DisposeAsync();
            await postgres.DropDatabaseAsync(connectionString);
        });
    }

    public ValueTask DisposeAsync() => cleanup();
}
