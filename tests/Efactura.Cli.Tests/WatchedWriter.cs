using System.Text;

namespace Efactura.Cli.Tests;

/// <summary>A writer a test can read while a command is still running, and wait on for a line.</summary>
internal sealed class WatchedWriter : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiters = [];

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (value is null) return;
        lock (_gate)
        {
            _text.Append(value);
            foreach (var (match, found) in _waiters)
            {
                var line = Lines().FirstOrDefault(match);
                if (line is not null) found.TrySetResult(line);
            }
        }
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <summary>Everything written so far.</summary>
    public string Text
    {
        get
        {
            lock (_gate) return _text.ToString();
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>The first line that <paramref name="match"/> accepts, once it is written (at most 30 s).</summary>
    public Task<string> LineAsync(Func<string, bool> match)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (Lines().FirstOrDefault(match) is { } line) return Task.FromResult(line);
            _waiters.Add((match, found));
        }
        return found.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    private IEnumerable<string> Lines() => _text.ToString().Split('\n').Select(l => l.TrimEnd('\r'));
}
