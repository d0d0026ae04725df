using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Api.Admin;

/// <summary>The operator's admin API (<c>/admin/v1</c>); section <c>Efactura:Admin</c>.</summary>
public sealed class AdminOptions : IValidatableObject
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Admin";

    /// <summary>
    /// The operator key the admin API takes as <c>Authorization: Bearer</c>; at least 32 characters. Empty (the default):
    /// the admin API refuses every request and tenants are managed from the command line only. Only its SHA-256 is
    /// kept in memory, and keys are compared in constant time.
    /// </summary>
    /// <value>Empty: the admin API is off.</value>
    public string OperatorKey { get; set; } = "";

    /// <summary>The shortest operator key: 32 characters.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>A key set but too short would leave the admin API off without a word: the start is refused instead.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OperatorKey.Length is > 0 and < MinimumKeyLength)
            yield return new ValidationResult(
                $"{Section}:OperatorKey must be at least {MinimumKeyLength} characters (it is {OperatorKey.Length}), or empty to turn the admin API off.", [nameof(OperatorKey)]);
    }
}
