namespace Efactura.Core.Model;

/// <summary>A contact point of the seller (BG-6) or the buyer (BG-9).</summary>
/// <param name="Name">Contact point (BT-41 / BT-56).</param>
/// <param name="Telephone">Telephone number (BT-42 / BT-57).</param>
/// <param name="Email">E-mail address (BT-43 / BT-58).</param>
public sealed record Contact(string? Name = null, string? Telephone = null, string? Email = null);
