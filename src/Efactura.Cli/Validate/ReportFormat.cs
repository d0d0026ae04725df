namespace Efactura.Cli.Validate;

/// <summary>How <c>efactura validate</c> reports.</summary>
internal enum ReportFormat
{
    /// <summary>Findings for a person, then the summary table.</summary>
    Text,

    /// <summary>One JSON document: each file's path, verdict and findings (id, flag, message, line, column, pointer).</summary>
    Json,

    /// <summary>A self-contained HTML page.</summary>
    Html,

    /// <summary>JUnit XML, one test case per file, for CI servers.</summary>
    Junit,
}
