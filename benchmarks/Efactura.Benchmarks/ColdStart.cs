using System.Diagnostics;
using System.Globalization;

namespace Efactura.Benchmarks;

/// <summary>
/// `cold RUNS COMMAND ARGS...`: the wall time of a whole process, from start to exit, run RUNS times one after the
/// other (after one untimed run that brings the files into the page cache): what a user waits for when they type
/// `efactura validate invoice.xml`. Prints the fastest, the median and the slowest run and the load average, since a
/// shared machine's neighbours show in every run.
/// </summary>
internal static class ColdStart
{
    public static int Run(int runs, string command, string[] arguments)
    {
        var (firstExit, _) = Once(command, arguments);
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var (exit, elapsed) = Once(command, arguments);
            if (exit != firstExit)
            {
                Console.Error.WriteLine($"run {i + 1} exited with {exit}, the first with {firstExit}");
                return 2;
            }
            times.Add(elapsed.TotalMilliseconds);
        }
        times.Sort();
        var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{command} {string.Join(' ', arguments)}\texit {firstExit}\t{runs} runs\tmin {times[0]:F0} ms\tmedian {median:F0} ms\tmax {times[^1]:F0} ms\tload {LoadAverage()}"));
        return 0;
    }

    private static (int Exit, TimeSpan Elapsed) Once(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var elapsed = clock.Elapsed;
        Task.WaitAll(output, errors);
        return (process.ExitCode, elapsed);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
