using System.Text.Json;

namespace Efactura.Core.Json;

/// <summary>A JSON value with the pointer to where it sits in the request.</summary>
/// <param name="Element">The value.</param>
/// <param name="Pointer">Its RFC 6901 pointer.</param>
internal readonly record struct JsonItem(JsonElement Element, JsonPointer Pointer);
