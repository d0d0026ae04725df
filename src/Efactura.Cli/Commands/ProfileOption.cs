using System.CommandLine;
using Efactura.Validation;

namespace Efactura.Cli.Commands;

/// <summary>The <c>--profile</c> option of the commands that validate: which official rule set to run.</summary>
internal static class ProfileOption
{
    public const string CiusRo = "ciusro";
    public const string En16931 = "en16931";

    public static Option<string> Create()
    {
        var profile = new Option<string>("--profile", "-p")
        {
            Description = "ciusro: what ANAF runs (CIUS-RO 1.0.9, the default); en16931: the CEN EN 16931 rules 1.3.16 only.",
            DefaultValueFactory = _ => CiusRo,
        };
        profile.AcceptOnlyFromAmong(CiusRo, En16931);
        return profile;
    }

    /// <summary>The validator's profile for the option's value.</summary>
    public static ValidationProfile Read(string value) => value == En16931 ? ValidationProfile.En16931 : ValidationProfile.CiusRo;

    /// <summary>The option's value for a profile, as reports name it.</summary>
    public static string Name(ValidationProfile profile) => profile == ValidationProfile.En16931 ? En16931 : CiusRo;
}
