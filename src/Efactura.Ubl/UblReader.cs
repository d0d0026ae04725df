using System.Xml;
using Efactura.Core.Model;

namespace Efactura.Ubl;

/// <summary>
/// Reads any UBL 2.1 Invoice or CreditNote into an <see cref="Invoice"/>, every EN 16931 business term at its
/// UBL syntax binding, other producers' quirks included (any order of elements, comments, extensions, unknown
/// elements, which are skipped).
/// </summary>
/// <remarks>
/// <para>Hardened: DTDs are refused (so no entity expansion and no external entities), nothing is resolved,
/// and the size limit of <see cref="UblReaderOptions.MaxDocumentBytes"/> is enforced while reading.</para>
/// <para>Tolerant where the XSD allows absence, so a document breaking business rules can still be read and
/// validated: a missing required text (invoice number, party name, country, line id, unit, item name,
/// currency, type code, customization id) reads as "", a missing required amount or quantity as 0, a missing
/// party or address as one with empty values, a missing issue date as <see cref="DateOnly.MinValue"/>.
/// Values are trimmed and an empty optional value reads as absent (null). <see cref="UblWriter"/> omits the same
/// empty values, so read → write → read gives the same model.</para>
/// <para>Where a business term occurs once but UBL allows repetition, the first occurrence is taken, except
/// for texts (payment terms, line note, item description), whose occurrences are joined with "\n".</para>
/// </remarks>
public sealed class UblReader
{
    /// <summary>Creates a reader with the given limits, or the defaults.</summary>
    /// <param name="options">The limits; null for <see cref="UblReaderOptions"/> defaults.</param>
    public UblReader(UblReaderOptions? options = null)
    {
        Options = options ?? new UblReaderOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxDocumentBytes, nameof(options));
    }

    /// <summary>The limits this reader applies.</summary>
    public UblReaderOptions Options { get; }

    /// <summary>Reads a UBL 2.1 Invoice or CreditNote from a stream; the stream is left open.</summary>
    /// <param name="input">The document, in the encoding its XML declaration names (UTF-8 by default).</param>
    /// <returns>The document as a model.</returns>
    /// <exception cref="UblReadException">The document cannot be read; the message says what and where.</exception>
    public Invoice Read(Stream input) => new HardenedXml(Options).Read(input, ReadDocument);

    /// <summary>Reads a UBL 2.1 Invoice or CreditNote from its text.</summary>
    /// <param name="xml">The document.</param>
    /// <returns>The document as a model.</returns>
    /// <exception cref="UblReadException">The document cannot be read; the message says what and where.</exception>
    public Invoice Read(string xml) => new HardenedXml(Options).Read(xml, ReadDocument);

    private static Invoice ReadDocument(XmlReader xml) => new UblDocumentReader(xml).ReadDocument();
}
