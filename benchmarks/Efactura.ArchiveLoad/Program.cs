using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Efactura.Server.Application.Archive;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Archive;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Migrations;
using Efactura.Server.Storage.Tenants;
using Microsoft.Extensions.Logging.Abstractions;

// dotnet run -c Release --project benchmarks/Efactura.ArchiveLoad -- [--count 10000] [--pdf] [--zip path/to/anaf.zip] [--dir /dev/shm] [--zip-entries-only]
// Seeds --count invoices of one company (each with a real ANAF ZIP and its XML, ../shared/anaf-recordings) in a fresh
// SQLite file, then streams the month's archive to a counting sink, sampling the process while it runs. Run it once per
// count: the numbers are the process's own, so 1,000 and 10,000 compare as separate runs.
var count = IntOption("--count", 1000);
var pdf = args.Contains("--pdf");
if (args.Contains("--zip-entries-only")) return ZipEntriesProbe.Run(count, pdf ? 3 : 2);
var zipPath = Option("--zip") ?? FindRecording();
var anafZip = await File.ReadAllBytesAsync(zipPath);
byte[] xml;
using (var zip = new ZipArchive(new MemoryStream(anafZip), ZipArchiveMode.Read))
{
    var entry = zip.Entries.First(e => !e.Name.StartsWith("semnatura", StringComparison.Ordinal));
    using var stream = entry.Open();
    using var copy = new MemoryStream();
    await stream.CopyToAsync(copy);
    xml = copy.ToArray();
}

// --dir: where the SQLite file goes (a tmpfs such as /dev/shm seeds 10,000 invoices in seconds rather than minutes of fsyncs;
// SQLite reads it with read(), not mmap, so its pages are not in the process's working set).
var directory = Option("--dir") is { } parent ? Directory.CreateDirectory(Path.Combine(parent, "efactura-archive-load-" + Guid.NewGuid().ToString("N"))) : Directory.CreateTempSubdirectory("efactura-archive-load-");
try
{
    var time = TimeProvider.System;
    var database = Database.Create(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(directory.FullName, "load.db")}" });
    await new Migrator(database, time, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
    var tenant = (await new TenantRepository(database, time).CreateAsync("load", CancellationToken.None)).Tenant;
    var companies = new CompanyRepository(database, time);
    var company = (await companies.CreateAsync(tenant.Id, "18547290", "Load SRL", new CompanySettings(AnafEnvironment.Simulator), CancellationToken.None))!;
    var invoices = new InvoiceRepository(database, time);
    var documents = new DocumentRepository(database, time);

    var seeding = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        var invoice = await invoices.CreateAsync(new NewInvoice(tenant.Id, company.Id, $"LOAD-{i:D6}", "380", new DateOnly(2026, 11, 1 + i % 30), "RON", 100m, "{}")
        {
            State = InvoiceState.Issued,
        }, CancellationToken.None);
        await documents.PutAsync(tenant.Id, DocumentOwnerType.Invoice, invoice!.Id, DocumentKind.Xml, xml, CancellationToken.None);
        await documents.PutAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Zip, anafZip, CancellationToken.None);
    }
    Console.WriteLine($"seeded {count} invoices in {seeding.Elapsed.TotalSeconds:F0} s");

    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    var baselineWorkingSet = process.WorkingSet64;
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    long peakHeap = 0, peakWorkingSet = 0;
    using var sampling = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!sampling.IsCancellationRequested)
        {
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            process.Refresh();
            peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
            try { await Task.Delay(20, sampling.Token); } catch (OperationCanceledException) { }
        }
    });

    var archive = new CompanyArchive(new ArchiveRepository(database), companies, documents, new InvoicePdfs(documents, time), time);
    var sink = new CountingSink();
    var exporting = Stopwatch.StartNew();
    var archived = await archive.WriteAsync(company, new ArchivePeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), pdf, sink, CancellationToken.None);
    exporting.Stop();
    await sampling.CancelAsync();
    await sampler;
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"archive of {archived} invoices (pdf: {pdf}): {sink.Bytes / 1048576.0:F1} MiB in {exporting.Elapsed.TotalSeconds:F1} s; " +
        $"working set before {baselineWorkingSet / 1048576.0:F1} MiB, peak during {peakWorkingSet / 1048576.0:F1} MiB " +
        $"(process peak {process.PeakWorkingSet64 / 1048576.0:F1} MiB); peak managed heap {peakHeap / 1048576.0:F1} MiB; " +
        $"allocated {allocated / 1048576.0:F1} MiB ({allocated / Math.Max(1, archived) / 1024.0:F1} KiB per invoice)"));
    return 0;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    directory.Delete(recursive: true);
}

int IntOption(string name, int fallback) => Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static string FindRecording()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "shared", "anaf-recordings", "prod", "4186086961.zip");
        if (File.Exists(candidate)) return candidate;
    }
    throw new FileNotFoundException("no ANAF recording found (shared/anaf-recordings/prod/4186086961.zip above this program); pass --zip PATH");
}

/// <summary>The archive's destination: counts the bytes and keeps none, so the numbers are the export's alone.</summary>
internal sealed class CountingSink : Stream
{
    public long Bytes { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Bytes;

    public override long Position { get => Bytes; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Bytes += count;

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Bytes += buffer.Length;
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// What a <see cref="ZipArchive"/> in create mode keeps per entry until it writes the central directory at its end:
/// the archive's entries (the same names and count an export of <c>count</c> invoices makes, one-byte contents) are
/// added to a sink that keeps nothing, and the live managed heap is measured after a full collection, before and after.
/// </summary>
internal static class ZipEntriesProbe
{
    public static int Run(int invoices, int entriesPerInvoice)
    {
        string[] names = ["invoice.xml", "anaf.zip", "invoice.pdf"];
        var sink = new CountingSink();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long held;
        using (var zip = new ZipArchive(sink, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < invoices; i++)
            {
                var folder = $"issued/LOAD-{i:D6}_{Guid.NewGuid():N}";
                for (var e = 0; e < entriesPerInvoice; e++)
                {
                    using var stream = zip.CreateEntry($"{folder}/{names[e]}", CompressionLevel.NoCompression).Open();
                    stream.WriteByte(1);
                }
            }
            held = GC.GetTotalMemory(forceFullCollection: true) - before;
        }
        var after = GC.GetTotalMemory(forceFullCollection: true) - before;
        var entries = (long)invoices * entriesPerInvoice;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ZipArchive (create) with {entries} entries ({invoices} invoices x {entriesPerInvoice}): live heap +{held / 1048576.0:F1} MiB before its end " +
            $"({held / (double)entries:F0} bytes per entry, {held / (double)invoices:F0} per invoice), +{after / 1048576.0:F1} MiB once disposed; " +
            $"central directory written {sink.Bytes / 1048576.0:F1} MiB in all"));
        return 0;
    }
}
