using System.Diagnostics.CodeAnalysis;

namespace Efactura.Anaf.Results;

/// <summary>A call's outcome: a value, or an <see cref="AnafError"/>. Nothing is thrown for ANAF's answers.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed record AnafResult<T>
{
    private AnafResult(T? value, AnafError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value, when the call succeeded.</summary>
    public T? Value { get; }

    /// <summary>The error, when it did not.</summary>
    public AnafError? Error { get; }

    /// <summary>True when <see cref="Value"/> holds the answer.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A success.</summary>
    public static AnafResult<T> Success(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static AnafResult<T> Failure(AnafError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>The same failure for another value type.</summary>
    public AnafResult<TOther> Cast<TOther>() =>
        IsSuccess ? throw new InvalidOperationException("A success cannot be cast.") : AnafResult<TOther>.Failure(Error);
}
