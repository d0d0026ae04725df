using System.IO.Compression;
using Efactura.Testing;

namespace Efactura.Conformance.Tests;

/// <summary>
/// The files ANAF's servers produced (../shared/anaf-recordings): every ZIP under <c>prod/</c>, <c>test/</c> and
/// <c>nok/</c>, found when the tests are discovered, so a recording dropped into a folder is tested without code changes.
/// </summary>
public static class Recordings
{
    /// <summary>The folders and what their ZIPs are.</summary>
    public static readonly string[] Kinds = ["prod", "test", "nok"];

    /// <summary>Every recorded ZIP as (kind, file name); a placeholder when the folder is missing, so the test says so.</summary>
    public static TheoryData<string, string> Zips()
    {
        var data = new TheoryData<string, string>();
        var root = TestPaths.Shared is { } shared ? Path.Combine(shared, "anaf-recordings") : null;
        if (root is null || !Directory.Exists(root))
        {
            data.Add("missing", "");
            return data;
        }
        foreach (var kind in Kinds)
        {
            var folder = Path.Combine(root, kind);
            if (!Directory.Exists(folder)) continue;
            foreach (var zip in Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal)) data.Add(kind, Path.GetFileName(zip));
        }
        return data;
    }

    /// <summary>The bytes of a recorded ZIP (skipped, or failed under EFACTURA_STRICT=1, when the recordings are missing).</summary>
    public static byte[] Read(string kind, string file) => File.ReadAllBytes(Path.Combine(TestPaths.AnafRecordings, kind, file));

    /// <summary>The first recorded ZIP of <paramref name="kind"/>.</summary>
    public static byte[] First(string kind)
    {
        var zip = Directory.GetFiles(Path.Combine(TestPaths.AnafRecordings, kind), "*.zip").Order(StringComparer.Ordinal).FirstOrDefault();
        zip.ShouldNotBeNull($"no recorded ZIP in anaf-recordings/{kind}");
        return File.ReadAllBytes(zip);
    }

    /// <summary>The entries of a ZIP in their stored order, with their bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false));
        return archive.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return (e.FullName, buffer.ToArray());
        }).ToList();
    }
}
