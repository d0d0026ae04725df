using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Efactura.Core.Findings;
using Efactura.Core.Model;

namespace Efactura.Core.Json;

/// <summary>
/// The invoice JSON contract (DESIGN §4.1): the friendly, flat JSON users write, read into the EN 16931
/// <see cref="Invoice"/> with its totals computed, and written back from any invoice. Field names and the
/// business terms they fill are documented on <see cref="InvoiceFields"/>, <see cref="PartyFields"/>,
/// <see cref="AddressFields"/>, <see cref="LineFields"/>, <see cref="AllowanceChargeFields"/>,
/// <see cref="PaymentFields"/>, <see cref="TotalsFields"/> and <see cref="ComponentFields"/>.
/// </summary>
public static class InvoiceJson
{
    // Friendly to hand-written JSON: comments and trailing commas are accepted; nesting stays bounded.
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    /// <summary>
    /// Reads UTF-8 JSON. Never throws on bad input: malformed JSON gives <see cref="JsonErrorCodes.Syntax"/>
    /// with the line and column, and every other problem its own finding with a JSON pointer.
    /// </summary>
    public static InvoiceJsonResult Parse(ReadOnlySpan<byte> utf8Json)
    {
        var text = WithoutByteOrderMark(utf8Json);
        // The reader checks the structure but not the bytes inside strings; reading those later would throw.
        if (InvalidUtf8(text) is { } invalid) return new InvoiceJsonResult(null, [invalid]);
        var reader = new Utf8JsonReader(text, new JsonReaderOptions
        {
            CommentHandling = DocumentOptions.CommentHandling,
            AllowTrailingCommas = DocumentOptions.AllowTrailingCommas,
            MaxDepth = DocumentOptions.MaxDepth,
        });
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            // ParseValue stops after the first value; anything after it but whitespace is an error.
            reader.Read();
            return FromDocument(document);
        }
        catch (JsonException e)
        {
            return SyntaxError(e);
        }
    }

    /// <summary>Reads JSON text; see <see cref="Parse(ReadOnlySpan{byte})"/>.</summary>
    public static InvoiceJsonResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads UTF-8 JSON from a stream; see <see cref="Parse(ReadOnlySpan{byte})"/>.</summary>
    public static async Task<InvoiceJsonResult> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Parse(buffer.GetBuffer().AsSpan(0, checked((int)buffer.Length)));
    }

    /// <summary>
    /// Writes an invoice as the friendly JSON: indented, camelCase, without nulls, amounts with their
    /// scale. Totals and the VAT breakdown are not written, since parsing computes them.
    /// </summary>
    public static string Write(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return InvoiceWriter.Write(invoice, expectedTotals: false);
    }

    /// <summary>
    /// Writes an invoice read from a document (<c>efactura parse</c>, a received invoice) as <see cref="Write"/> does,
    /// plus <c>expectedTotals</c> (<see cref="TotalsFields"/>) holding the totals the document states (BG-22). Parsing
    /// the JSON computes the totals again from the lines, allowances and charges; where the document's own amounts
    /// disagree with them, it reports <see cref="JsonErrorCodes.TotalMismatch"/> with both numbers instead of
    /// changing the money silently.
    /// </summary>
    public static string WriteWithStatedTotals(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return InvoiceWriter.Write(invoice, expectedTotals: true);
    }

    private static InvoiceJsonResult FromDocument(JsonDocument document)
    {
        var context = new JsonParseContext();
        var draft = InvoiceReader.Read(document.RootElement, context);
        return new InvoiceJsonResult(context.HasFatal ? null : draft, context.Findings) { Draft = draft };
    }

    private static InvoiceJsonResult SyntaxError(JsonException e)
    {
        // The exception message repeats the position ("LineNumber: 2 | BytePositionInLine: 6."); the finding carries it apart.
        var detail = e.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) detail = detail[..cut];
        return new InvoiceJsonResult(null, [JsonFindings.Syntax(detail, e.LineNumber, e.BytePositionInLine)]);
    }

    private static Finding? InvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8)) return null;
        long line = 0, lineStart = 0, position = 0;
        while (position < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[(int)position..], out _, out var consumed) != OperationStatus.Done) break;
            if (utf8[(int)position] == (byte)'\n')
            {
                line++;
                lineStart = position + 1;
            }
            position += consumed;
        }
        return JsonFindings.Syntax($"the bytes at this position are not UTF-8 (0x{utf8[(int)position]:X2}); save the file as UTF-8.", line, position - lineStart);
    }

    private static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
}
