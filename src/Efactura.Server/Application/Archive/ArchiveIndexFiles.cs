using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Efactura.Server.Application.Archive;

/// <summary>
/// The archive's index, written as the invoices go by into two temporary files (CSV and JSON) and copied into the
/// ZIP at the end: a ZIP in Create mode takes one entry at a time, and a year's index must not sit in memory.
/// The files are deleted when this is disposed.
/// </summary>
internal sealed class ArchiveIndexFiles : IAsyncDisposable
{
    /// <summary>The CSV's columns, in order.</summary>
    public static readonly string[] CsvColumns =
    [
        "direction", "number", "type", "issue_date", "due_date", "currency", "seller_id", "seller_name", "buyer_id", "buyer_name",
        "net_total", "vat_total", "total", "payable", "vat", "upload_index", "download_id", "state", "signature", "folder", "missing",
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly FileStream csvFile;
    private readonly StreamWriter csv;
    private readonly FileStream jsonFile;
    private readonly Utf8JsonWriter json;

    public ArchiveIndexFiles()
    {
        csvFile = Temporary();
        csv = new StreamWriter(csvFile, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        jsonFile = Temporary();
        json = new Utf8JsonWriter(jsonFile, new JsonWriterOptions { Indented = true });
    }

    /// <summary>How many invoices were added.</summary>
    public int Count { get; private set; }

    public async Task StartAsync(ArchiveSummary summary, CancellationToken cancellationToken)
    {
        await csv.WriteLineAsync(string.Join(',', CsvColumns).AsMemory(), cancellationToken).ConfigureAwait(false);
        json.WriteStartObject();
        json.WriteString("company", summary.CompanyName);
        json.WriteString("cui", summary.Cui);
        json.WriteString("from", summary.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("to", summary.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("createdAt", summary.CreatedAt);
        json.WriteStartArray("invoices");
    }

    public async Task AddAsync(ArchiveIndexEntry entry, CancellationToken cancellationToken)
    {
        await csv.WriteLineAsync(CsvLine(entry).AsMemory(), cancellationToken).ConfigureAwait(false);
        JsonSerializer.Serialize(json, entry, Json);
        Count++;
        // Keep the JSON writer's own buffer small: its bytes go to the file as they come.
        if (json.BytesPending > 16 * 1024) await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends both files and copies them into <paramref name="zip"/> as <c>index.csv</c> and <c>index.json</c>.</summary>
    public async Task CopyIntoAsync(StreamingZipWriter zip, CancellationToken cancellationToken)
    {
        json.WriteEndArray();
        json.WriteNumber("count", Count);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        // The index can be large (a year's invoices): deflated as it is read, a chunk at a time.
        csvFile.Position = 0;
        await zip.AddAsync("index.csv", csvFile, CompressionLevel.Optimal, cancellationToken).ConfigureAwait(false);
        jsonFile.Position = 0;
        await zip.AddAsync("index.json", jsonFile, CompressionLevel.Optimal, cancellationToken).ConfigureAwait(false);
    }

    internal static string CsvLine(ArchiveIndexEntry e)
    {
        string?[] fields =
        [
            e.Direction, e.Number, e.TypeCode, Date(e.IssueDate), e.DueDate is { } due ? Date(due) : null, e.Currency,
            e.SellerId, e.SellerName, e.BuyerId, e.BuyerName, Amount(e.NetTotal), Amount(e.VatTotal), Amount(e.Total), Amount(e.Payable),
            string.Join(';', e.Vat.Select(v => $"{v.Category} {Amount(v.Rate) ?? "-"}%: {Amount(v.Taxable)} / {Amount(v.Tax)}")),
            e.UploadIndex, e.DownloadId, e.State, e.Signature, e.Folder, e.Missing,
        ];
        return string.Join(',', fields.Select(Quote));
    }

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        // A leading = + - @ would make a spreadsheet evaluate the field; a quote before it keeps it text.
        var text = field[0] is '=' or '+' or '@' or '\t' or '\r' || (field[0] == '-' && !decimal.TryParse(field, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            ? "'" + field : field;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Amount(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture);

    private static FileStream Temporary() => new(
        Path.Combine(Path.GetTempPath(), "efactura-archive-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
        64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    public async ValueTask DisposeAsync()
    {
        await json.DisposeAsync().ConfigureAwait(false);
        await csv.DisposeAsync().ConfigureAwait(false);
        await csvFile.DisposeAsync().ConfigureAwait(false);
        await jsonFile.DisposeAsync().ConfigureAwait(false);
    }
}
