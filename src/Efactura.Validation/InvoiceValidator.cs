using System.Text;
using System.Xml;
using Efactura.Core.Findings;
using Efactura.Core.Model;
using Efactura.Ubl;
using Efactura.Ubl.Cii;
using Efactura.Validation.Catalogue;
using Efactura.Validation.Engine;
using Efactura.Validation.Rules;
using Efactura.Validation.Rules.Efactura;
using Efactura.Validation.Structure;
using Efactura.Validation.Xml;

namespace Efactura.Validation;

/// <summary>
/// Validates UBL 2.1 Invoice and CreditNote documents against the official rule sets, natively:
/// one hardened parse, then every rule of the profile in C#, reporting all findings by official rule id.
/// Thread-safe; create one and reuse it.
/// </summary>
public sealed partial class InvoiceValidator
{
    private readonly InvoiceValidatorOptions options;
    private readonly DocumentBuilderPool builders = new();

    /// <summary>Creates a validator with the given limits (defaults when null).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its documented range.</exception>
    public InvoiceValidator(InvoiceValidatorOptions? options = null)
    {
        this.options = options ?? new InvoiceValidatorOptions();
        var timezone = this.options.ImplicitTimezone;
        if (timezone < TimeSpan.FromHours(-14) || timezone > TimeSpan.FromHours(14) || timezone.Ticks % TimeSpan.TicksPerMinute != 0)
            throw new ArgumentOutOfRangeException(nameof(options), timezone, "ImplicitTimezone must be from -14:00 to +14:00, in whole minutes.");
    }

    /// <summary>Validates the XML document read from a stream (left open).</summary>
    /// <remarks>A CII document (see <see cref="Validate(ReadOnlySpan{byte}, ValidationProfile)"/>) is read again from where
    /// the stream started, so it must be seekable; from a stream that is not, it gets EF-XML-ROOT.</remarks>
    public ValidationResult Validate(Stream xml, ValidationProfile profile = ValidationProfile.CiusRo)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var start = xml.CanSeek ? xml.Position : -1;
        return Run(builder => DocumentParser.Parse(xml, options.MaxDocumentCharacters, builder), profile, () =>
        {
            if (start < 0) return null;
            xml.Position = start;
            return ValidateCii(() => new InvoiceXmlReader(CiiLimits).Read(xml), profile);
        });
    }

    /// <summary>Validates the XML document given as bytes (any encoding XML declares; UTF-8 by default).</summary>
    /// <remarks>
    /// A UN/CEFACT CII document (<c>rsm:CrossIndustryInvoice</c>) is validated through the model: read with
    /// <see cref="InvoiceXmlReader"/>, then as <see cref="Validate(Invoice, ValidationProfile)"/> does, so the EN 16931 and
    /// CIUS-RO semantics (and the own warnings) run on the UBL written from it. Its findings carry the JSON pointer of the
    /// field (into the JSON <c>efactura parse</c> prints) and the XPath of the term in that UBL, no line or column; CII's
    /// own syntax rules (CEN's CII-SR/CII-DT ids, ANAF's CII artefact) are not run. A CII document that cannot be read
    /// (a value that is not a number or a date) gets EF-CII-UNREADABLE with its line and column.
    /// </remarks>
    public ValidationResult Validate(ReadOnlySpan<byte> xml, ValidationProfile profile = ValidationProfile.CiusRo)
    {
        Prepare(profile);
        var builder = builders.Rent();
        try
        {
            UblDocument document;
            try
            {
                document = DocumentParser.Parse(xml, options.MaxDocumentCharacters, builder);
            }
            catch (XmlException e)
            {
                return Refused(profile, e);
            }
            if (IsCiiRoot(document))
            {
                builder.Recycle(document);
                var bytes = xml.ToArray();
                return ValidateCii(() => new InvoiceXmlReader(CiiLimits).Read(new MemoryStream(bytes, writable: false)), profile);
            }
            return RunAndRecycle(document, builder, profile);
        }
        finally
        {
            builders.Return(builder);
        }
    }

    /// <summary>Validates the XML document given as text; a CII document as the bytes overload says.</summary>
    public ValidationResult Validate(string xml, ValidationProfile profile = ValidationProfile.CiusRo)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Run(builder => DocumentParser.Parse(xml, options.MaxDocumentCharacters, builder), profile,
            () => ValidateCii(() => new InvoiceXmlReader(CiiLimits).Read(xml), profile));
    }

    /// <summary>Every rule the profile can report, with its flag and messages.</summary>
    public static IReadOnlyList<RuleDescription> Rules(ValidationProfile profile)
    {
        var ids = RuleSets.For(profile).Ids;
        return RuleCatalogue.Instance.All.Where(d => ids.Contains(d.Id)).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    private ValidationResult Run(Func<DocumentBuilder, UblDocument> parse, ValidationProfile profile, Func<ValidationResult?> cii)
    {
        Prepare(profile);
        var builder = builders.Rent();
        try
        {
            UblDocument document;
            try
            {
                document = parse(builder);
            }
            catch (XmlException e)
            {
                return Refused(profile, e);
            }
            if (IsCiiRoot(document) && cii() is { } result)
            {
                builder.Recycle(document);
                return result;
            }
            return RunAndRecycle(document, builder, profile);
        }
        finally
        {
            builders.Return(builder);
        }
    }

    /// <summary>
    /// Builds the profile's rules and loads the schema before a document is read (both are built once, on first use).
    /// Why before: they intern the names they test, and a builder keeps the name strings of the first document it reads
    /// for the next ones; read before, a name is the same instance as the rules' and compares by reference, read after,
    /// every comparison of it with a rule's name compares characters, for as long as the builder lives.
    /// </summary>
    private void Prepare(ValidationProfile profile)
    {
        _ = RuleSets.For(profile);
        if (options.CheckStructure) _ = UblSchema.Instance;
    }

    /// <summary>
    /// Validates a document and gives its table back to the builder that read it, which is why the builder is held until
    /// the rules ran: findings keep positions and paths as values, never elements, so nothing reads the document after.
    /// </summary>
    private ValidationResult RunAndRecycle(UblDocument document, DocumentBuilder builder, ValidationProfile profile)
    {
        var result = Run(document, profile, options);
        builder.Recycle(document);
        return result;
    }

    private static bool IsCiiRoot(UblDocument document) =>
        document.Root.Name.Local == CiiNamespaces.RootName && document.Root.NamespaceUri == CiiNamespaces.Rsm;

    private UblReaderOptions CiiLimits => new() { MaxDocumentBytes = options.MaxDocumentCharacters };

    /// <summary>A CII document, through the model (see <see cref="Validate(ReadOnlySpan{byte}, ValidationProfile)"/>).</summary>
    private ValidationResult ValidateCii(Func<Invoice> read, ValidationProfile profile)
    {
        Invoice invoice;
        try
        {
            invoice = read();
        }
        catch (UblReadException e)
        {
            return Failed(profile, Describe("EF-CII-UNREADABLE", null, (e.Line, e.Column)) with { Message = "The CII document cannot be read: " + e.Reason });
        }
        return Validate(invoice, profile);
    }

    /// <summary>A document the parser refused: over a limit, or not well-formed.</summary>
    private static ValidationResult Refused(ValidationProfile profile, XmlException e) => e is DocumentLimitException
        ? Failed(profile, Describe("EF-XML-TOO-LARGE", null, (e.LineNumber, e.LinePosition)) with { Message = "The document is larger than the accepted limit: " + e.Message })
        : Failed(profile, Describe("EF-XML-MALFORMED", null, (e.LineNumber, e.LinePosition)) with { Message = "The document is not well-formed XML: " + e.Message });

    private static ValidationResult Run(UblDocument document, ValidationProfile profile, InvoiceValidatorOptions options)
    {
        var rules = RuleSets.For(profile);
        if (!document.IsInvoice && !document.IsCreditNote)
            return Failed(profile, Describe("EF-XML-ROOT", document.Root.Path(), document.Root.Position));

        document.ImplicitTimezone = options.ImplicitTimezone;
        var hits = rules.Evaluate(document);
        var findings = new List<Finding>(hits.Count);
        // Structure (the UBL 2.1 XSD) first, as ANAF checks the schema before the rules.
        if (options.CheckStructure) findings.AddRange(StructureChecker.Check(document).Select(issue => issue.ToFinding()));
        foreach (var hit in hits) findings.Add(Describe(hit.Id, hit.XPath, (hit.Line, hit.Column)));
        if (options.OwnWarnings) findings.AddRange(OwnRules.Check(document, profile, options));
        return new ValidationResult { Profile = profile, Findings = findings };
    }

    private static ValidationResult Failed(ValidationProfile profile, Finding finding) =>
        new() { Profile = profile, Findings = [finding] };

    private static Finding Describe(string id, string? xpath, (int Line, int Column) position)
    {
        var (line, column) = position;
        var description = RuleCatalogue.Instance.Find(id) ?? throw new InvalidOperationException($"rule {id} has no description");
        return new Finding
        {
            Code = id,
            Severity = description.Severity,
            Message = description.Message,
            MessageRo = description.MessageRo,
            Fix = description.Fix,
            XPath = xpath,
            Line = line > 0 ? line : null,
            Column = column > 0 ? column : null,
        };
    }
}
