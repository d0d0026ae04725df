using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Efactura.Server.Storage.Migrations;

/// <summary>The migration scripts embedded in this assembly (<c>Storage/Migrations/&lt;dialect&gt;/NNNN_name.sql</c>).</summary>
public static class MigrationScripts
{
    /// <summary>The scripts for <paramref name="dialect"/>, in version order.</summary>
    public static IReadOnlyList<MigrationScript> For(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"migrations/{dialect.MigrationFolder}/";
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name, name[prefix.Length..^4]))
            .OrderBy(script => script.Version)
            .ToList();
        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"two {dialect.MigrationFolder} migrations have version {duplicate.Key}");
        return scripts;
    }

    private static MigrationScript Read(System.Reflection.Assembly assembly, string resource, string fileName)
    {
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new InvalidOperationException($"migration '{resource}' is not named NNNN_name.sql");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd();
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
        return new MigrationScript(version, fileName[(separator + 1)..], sql, checksum);
    }
}
