using Efactura.Core.Findings;

namespace Efactura.Validation.Catalogue;

/// <summary>
/// The one place that describes every rule the validator can report. Each family adds its entries
/// (see the partial files); a test checks that every rule in every rule set is described here.
/// </summary>
internal sealed partial class RuleCatalogue
{
    private readonly Dictionary<string, RuleDescription> descriptions = new(StringComparer.Ordinal);

    private RuleCatalogue()
    {
        AddOwnRules();
        AddRoRules();
        AddModelRules();
        AddCodeListRules();
        AddSyntaxRules();
    }

    // Lazy: the partial files' static tables must be initialized before the constructor reads them.
    private static readonly Lazy<RuleCatalogue> Shared = new(() => new RuleCatalogue());

    public static RuleCatalogue Instance => Shared.Value;

    public IEnumerable<RuleDescription> All => descriptions.Values;

    public RuleDescription? Find(string id) => descriptions.GetValueOrDefault(id);

    private void Fatal(string id, string message, string messageRo, string fix) => Add(new RuleDescription(id, Severity.Fatal, message, messageRo, fix));

    private void Warning(string id, string message, string messageRo, string fix) => Add(new RuleDescription(id, Severity.Warning, message, messageRo, fix));

    private void Add(RuleDescription description)
    {
        if (!descriptions.TryAdd(description.Id, description)) throw new InvalidOperationException($"rule {description.Id} described twice");
    }

    private void AddOwnRules()
    {
        Fatal("EF-XML-MALFORMED", "The document is not well-formed XML.", "Documentul nu este XML corect format.",
            "Fix the XML syntax at the line and column given.");
        Fatal("EF-XML-TOO-LARGE", "The document is larger than the accepted limit.", "Documentul depășește dimensiunea acceptată.",
            "Split the invoice or remove embedded attachments; ANAF accepts at most 10 MB.");
        Fatal("EF-XML-ROOT", "The root element is neither a UBL 2.1 Invoice nor a CreditNote (nor a CII CrossIndustryInvoice).",
            "Elementul rădăcină nu este Invoice sau CreditNote UBL 2.1 (nici CrossIndustryInvoice CII).",
            "Use <Invoice> or <CreditNote> in the UBL 2.1 namespace as the root element, or <rsm:CrossIndustryInvoice> for CII.");
        Fatal("EF-CII-UNREADABLE", "The CII document cannot be read.", "Documentul CII nu poate fi citit.",
            "Fix the value at the line and column given: amounts are decimal numbers with a point, dates have format 102 (CCYYMMDD).");
    }
}
