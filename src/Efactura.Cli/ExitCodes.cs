namespace Efactura.Cli;

/// <summary>What the efactura command's exit status means, for scripts and CI.</summary>
public static class ExitCodes
{
    /// <summary>Everything went well (for validate: every file is valid).</summary>
    public const int Ok = 0;

    /// <summary>The input is not a valid invoice (JSON errors, unreadable XML, fatal findings).</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong: unknown option, missing argument, file not found.</summary>
    public const int Usage = 2;
}
