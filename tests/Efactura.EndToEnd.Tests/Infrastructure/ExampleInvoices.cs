using System.Text.Json.Nodes;
using Efactura.Testing;

namespace Efactura.EndToEnd.Tests.Infrastructure;

/// <summary>The example invoices of examples/ as a user's program would post them, renumbered so each post is a new invoice.</summary>
public static class ExampleInvoices
{
    /// <summary>
    /// The examples the end-to-end runs post: every kind except the 1,000-line one (its own benchmark) and the foreign
    /// supplier with a Romanian tax representative (the company registered at ANAF is the representative, not the supplier).
    /// </summary>
    public static IReadOnlyList<(string Name, JsonObject Invoice)> Kinds { get; } =
        [.. Directory.GetFiles(TestPaths.Examples, "*.json")
            .Order(StringComparer.Ordinal)
            .Where(f => !Path.GetFileName(f).StartsWith("21-", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("28-", StringComparison.Ordinal))
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Invoice: JsonNode.Parse(File.ReadAllText(f))!.AsObject()))
            // The companies are connected by CUI: a seller identified by CNP only (30-seller-cnp) has none.
            .Where(k => k.Invoice["supplier"]?["vatNumber"] is not null || k.Invoice["supplier"]?["cui"] is not null)];

    /// <summary>The digits of a supplier's CUI or VAT number (RO prefix dropped).</summary>
    public static string SupplierCui(JsonObject invoice)
    {
        var supplier = invoice["supplier"]!;
        var id = (supplier["vatNumber"] ?? supplier["cui"])!.GetValue<string>();
        return id.StartsWith("RO", StringComparison.OrdinalIgnoreCase) ? id[2..] : id;
    }

    /// <summary>A copy of example <paramref name="index"/> (modulo the kinds) numbered <paramref name="suffix"/>.</summary>
    public static JsonObject Numbered(int index, string suffix)
    {
        var (_, invoice) = Kinds[index % Kinds.Count];
        var copy = invoice.DeepClone().AsObject();
        copy["number"] = $"{invoice["number"]!.GetValue<string>()}-{suffix}";
        return copy;
    }

    /// <summary>Every distinct supplier CUI among the kinds.</summary>
    public static IReadOnlyList<string> SupplierCuis => [.. Kinds.Select(k => SupplierCui(k.Invoice)).Distinct(StringComparer.Ordinal)];
}
