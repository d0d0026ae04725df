using Xunit;

namespace Efactura.Testing;

/// <summary>Where the repository and the shared folder (corpus, oracle) are, seen from a running test.</summary>
public static class TestPaths
{
    /// <summary>The repository root: the nearest ancestor of the test binary holding Directory.Build.props and src/.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The examples folder of the repository.</summary>
    public static string Examples => Path.Combine(RepositoryRoot, "examples");

    /// <summary>
    /// The project's shared folder (../shared beside the clone, or $EFACTURA_SHARED), or null when this
    /// machine has none. Tests that need it call <see cref="RequireShared"/>.
    /// </summary>
    public static string? Shared { get; } = FindShared();

    /// <summary>
    /// The shared folder, or a skip when it is missing; with EFACTURA_STRICT=1 (set by .ci/run) a missing
    /// shared folder fails the test instead of skipping it.
    /// </summary>
    public static string RequireShared()
    {
        if (Shared is not null) return Shared;
        Strict.Missing("the shared folder (../shared or $EFACTURA_SHARED) with the corpus is missing");
        return null!;
    }

    /// <summary>The shared corpus of real invoices.</summary>
    public static string Corpus => Path.Combine(RequireShared(), "corpus");

    /// <summary>
    /// Files ANAF's own servers produced (anaf-recordings/README.md), kept out of the repository; a skip when
    /// missing, a failure with EFACTURA_STRICT=1.
    /// </summary>
    public static string AnafRecordings
    {
        get
        {
            var folder = Path.Combine(RequireShared(), "anaf-recordings");
            if (Directory.Exists(folder)) return folder;
            var reason = $"the ANAF recordings ({folder}) are missing";
            if (Strict.IsOn) throw new InvalidOperationException(reason + " and EFACTURA_STRICT=1 forbids skipping");
            Assert.Skip(reason);
            return null!;
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
                return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }

    private static string? FindShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("EFACTURA_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment)) return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        for (var dir = new DirectoryInfo(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus"))) return candidate;
        }
        return null;
    }
}
