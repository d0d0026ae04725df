using System.Data.Common;

namespace Efactura.Server.Storage;

/// <summary>
/// One connection, optionally inside one transaction, with the dialect's value conversions applied to every
/// parameter. The repositories' only way to the database: plain ADO.NET, no global type handlers.
/// </summary>
internal sealed class SqlSession : IAsyncDisposable
{
    private readonly DbConnection connection;
    private DbTransaction? transaction;
    private IDisposable? turn;

    private SqlSession(DbConnection connection, SqlDialect dialect)
    {
        this.connection = connection;
        Dialect = dialect;
    }

    public SqlDialect Dialect { get; }

    public DbConnection Connection => connection;

    /// <summary>Opens a session without a transaction: each statement commits on its own.</summary>
    public static async Task<SqlSession> OpenAsync(Database database, CancellationToken cancellationToken) =>
        new(await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false), database.Dialect);

    /// <summary>
    /// Opens a session inside a transaction. On SQLite the transaction starts IMMEDIATE (it takes the writer
    /// lock at once, so two writers never deadlock upgrading a read lock).
    /// </summary>
    public static async Task<SqlSession> BeginAsync(Database database, CancellationToken cancellationToken)
    {
        var turn = await database.EnterTransactionAsync(cancellationToken).ConfigureAwait(false);
        SqlSession session;
        try
        {
            session = await OpenAsync(database, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            turn?.Dispose();
            throw;
        }
        session.turn = turn;
        try
        {
            session.transaction = await session.connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (transaction is null) throw new InvalidOperationException("the session has no transaction");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await transaction.DisposeAsync().ConfigureAwait(false);
        transaction = null;
        EndTurn();
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params SqlArg[] args)
    {
        await using var command = Command(sql, args);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<SqlRow, T> map, CancellationToken cancellationToken, params SqlArg[] args)
    {
        await using var command = Command(sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new SqlRow(reader, Dialect);
        var results = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) results.Add(map(row));
        return results;
    }

    public async Task<T?> QuerySingleAsync<T>(string sql, Func<SqlRow, T> map, CancellationToken cancellationToken, params SqlArg[] args)
        where T : class
    {
        var rows = await QueryAsync(sql, map, cancellationToken, args).ConfigureAwait(false);
        return rows.Count switch
        {
            0 => null,
            1 => rows[0],
            _ => throw new InvalidOperationException("the query returned more than one row"),
        };
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params SqlArg[] args)
    {
        await using var command = Command(sql, args);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private DbCommand Command(string sql, SqlArg[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var arg in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = arg.Name;
            parameter.Value = arg.Value switch
            {
                null => DBNull.Value,
                Enum value => StoredName.Of(value),
                var value => Dialect.ToParameterValue(value),
            };
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        // A transaction not committed is rolled back: an exception on the way leaves nothing half-written.
        if (transaction is not null) await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
        EndTurn();
    }

    private void EndTurn()
    {
        turn?.Dispose();
        turn = null;
    }
}
