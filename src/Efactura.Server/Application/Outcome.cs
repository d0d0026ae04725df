namespace Efactura.Server.Application;

/// <summary>What an application service did: its result, or the <see cref="Application.Refusal"/> that says why not.</summary>
/// <typeparam name="T">The result when it succeeded.</typeparam>
public sealed record Outcome<T> where T : class
{
    private Outcome(T? value, Refusal? refusal) => (Value, Refusal) = (value, refusal);

    /// <summary>The result; null when refused.</summary>
    public T? Value { get; }

    /// <summary>Why it was refused; null when it succeeded.</summary>
    public Refusal? Refusal { get; }

    /// <summary>True when it succeeded (<see cref="Value"/> is set).</summary>
    public bool Succeeded => Refusal is null;

    /// <summary>A success.</summary>
    public static implicit operator Outcome<T>(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A refusal.</summary>
    public static implicit operator Outcome<T>(Refusal refusal) => new(null, refusal ?? throw new ArgumentNullException(nameof(refusal)));

    /// <summary>The success (named alternative to the conversion).</summary>
    public static Outcome<T> Success(T value) => value;

    /// <summary>The refusal (named alternative to the conversion).</summary>
    public static Outcome<T> Refused(Refusal refusal) => refusal;
}
