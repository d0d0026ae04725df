namespace Efactura.Server.Storage;

/// <summary>A named SQL parameter (<c>@name</c> in the text); written as a tuple <c>("name", value)</c>.</summary>
/// <param name="Name">The parameter's name without the <c>@</c>.</param>
/// <param name="Value">The value; null is SQL NULL.</param>
internal readonly record struct SqlArg(string Name, object? Value)
{
    public static implicit operator SqlArg((string Name, object? Value) pair) => new(pair.Name, pair.Value);
}
