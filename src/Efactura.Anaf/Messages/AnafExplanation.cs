namespace Efactura.Anaf.Messages;

/// <summary>One ANAF message, recognised: a stable code, what it means in English, and what to do.</summary>
/// <param name="Code">Stable code: ours (<c>ANAF-…</c>) or the official rule id for rule failures (<c>BR-CO-09</c>, <c>R_BT_32_cui</c>).</param>
/// <param name="Category">What kind of message it is.</param>
/// <param name="Original">ANAF's text, verbatim (Romanian).</param>
/// <param name="Explanation">What it means, in English.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record AnafExplanation(string Code, AnafMessageCategory Category, string Original, string Explanation, string Fix);
