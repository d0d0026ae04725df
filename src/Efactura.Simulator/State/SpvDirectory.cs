using System.Collections.Concurrent;

namespace Efactura.Simulator.State;

/// <summary>Who holds rights for which CUIs, by certificate serial. Thread-safe.</summary>
internal sealed class SpvDirectory
{
    private readonly ConcurrentDictionary<string, SpvUser> _users = new(StringComparer.Ordinal);

    /// <summary>Registers or replaces a holder's rights.</summary>
    public SpvUser Register(string serial, IEnumerable<string> cuis)
    {
        var user = new SpvUser(serial, cuis.Select(c => c.Trim()).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal));
        _users[serial] = user;
        return user;
    }

    /// <summary>The holder with <paramref name="serial"/>, or a holder without rights.</summary>
    public SpvUser Find(string serial) => _users.TryGetValue(serial, out var user) ? user : new SpvUser(serial, new HashSet<string>());
}
