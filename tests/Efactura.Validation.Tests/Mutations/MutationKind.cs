namespace Efactura.Validation.Tests.Mutations;

/// <summary>
/// One kind of single-field change (a wrong value, a removed or duplicated element) that can be applied to
/// any example holding its target. <see cref="Apply"/> returns false when the example has no such target.
/// </summary>
internal sealed record MutationKind(string Slug, string Description, Func<UblEditor, bool> Apply);
