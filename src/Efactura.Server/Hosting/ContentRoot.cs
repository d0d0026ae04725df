using Microsoft.Data.Sqlite;

namespace Efactura.Server.Hosting;

/// <summary>
/// Where the server finds appsettings.json and keeps its relative files (the SQLite database, the key file): the
/// working folder when it holds appsettings.json, else the application's own folder. So
/// <c>dotnet /opt/efactura/Efactura.Server.dll</c> started from anywhere reads its configuration (and its log levels,
/// which keep request URLs with one-time codes out of the log) instead of silently running without it.
/// </summary>
public static class ContentRoot
{
    private const string SettingsFile = "appsettings.json";

    /// <summary>
    /// The content root for <paramref name="args"/>, or null when the command line or the environment names one
    /// (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>) and the host takes that.
    /// </summary>
    public static string? For(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(a => a.TrimStart('-').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))) return null;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"))) return null;
        var working = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(working, SettingsFile)) ? working : AppContext.BaseDirectory;
    }

    /// <summary>
    /// Makes a relative SQLite file and secret key file relative to <paramref name="contentRoot"/>, not to the folder
    /// the process happened to start in.
    /// </summary>
    public static void ResolveFiles(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        const string provider = "Efactura:Database:Provider", connection = "Efactura:Database:ConnectionString", keyFile = "Efactura:Secrets:KeyFile";
        if (!string.Equals(configuration[provider] ?? "Sqlite", "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var builder = new SqliteConnectionStringBuilder(configuration[connection] ?? "Data Source=data/efactura.db");
            if (builder.DataSource.Length > 0 && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            {
                builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
                configuration[connection] = builder.ConnectionString;
            }
        }
        var key = configuration[keyFile] ?? "data/secret.key";
        if (!Path.IsPathRooted(key)) configuration[keyFile] = Path.GetFullPath(key, contentRoot);
    }
}
