using Efactura.Core.Findings;

namespace Efactura.Validation;

/// <summary>What one rule checks, in our words: its official id and flag, messages in English and Romanian, and the fix.</summary>
/// <param name="Id">Official rule id (BR-RO-030, BR-CO-15, UBL-CR-001) or ours (EF-...).</param>
/// <param name="Severity">The official flag: fatal or warning.</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="MessageRo">What is wrong, in Romanian.</param>
/// <param name="Fix">What to change.</param>
public sealed record RuleDescription(string Id, Severity Severity, string Message, string MessageRo, string Fix);
