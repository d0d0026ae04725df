using System.Diagnostics;
using BenchmarkDotNet.Running;
using Efactura.Benchmarks;
using Efactura.Validation;

// `validate FILE...` validates once and exits (the cold start of a one-file validation, what `efactura validate`
// will cost); `measure FILE|generated:N [SECONDS [ROUNDS]]` prints the warm time per validation with a Stopwatch
// (the fastest of ROUNDS rounds, 3 by default: many short rounds filter out a noisy neighbour when comparing builds);
// `cold RUNS COMMAND ARGS...` times a whole process from start to exit (the cold start of `efactura validate`);
// `allocations FILE|generated:N [en16931]` lists the asserts that allocate the most;
// `hostile` times about 10 MB of each input shape that once cost quadratic time;
// `generate N FILE` writes the generated N-line invoice (to time the official validator on it); anything else
// runs BenchmarkDotNet.
return args switch
{
    ["validate", .. var files] => ValidateOnce(files),
    ["hostile"] => HostileInputs.Run(),
    ["generate", var lines, var file] => Generate(int.Parse(lines, System.Globalization.CultureInfo.InvariantCulture), file),
    ["phases", var file, .. var rest] => Phases.Run(BenchmarkFiles.Named(file), rest.Length > 0 ? double.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1, rest.Length > 1 ? rest[1] : null),
    ["cold", var runs, var command, .. var arguments] => ColdStart.Run(int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture), command, arguments),
    ["allocations", var file, .. var rest] => Allocations.Run(BenchmarkFiles.Named(file), rest.Length > 0 && rest[0] == "en16931" ? ValidationProfile.En16931 : ValidationProfile.CiusRo),
    ["measure", var file, .. var rest] => Measure(file, rest.Length > 0 ? double.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 3, rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 3),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ValidationBenchmarks).Assembly).Run(args);
    return 0;
}

static int ValidateOnce(string[] files)
{
    var validator = new InvoiceValidator();
    var invalid = 0;
    foreach (var file in files)
    {
        var result = validator.Validate(File.ReadAllBytes(file));
        Console.WriteLine($"{file}\t{(result.IsValid ? "valid" : "invalid")}\t{string.Join(' ', result.Findings.Select(f => f.Code))}");
        if (!result.IsValid) invalid++;
    }
    return invalid == 0 ? 0 : 1;
}

static int Generate(int lines, string file)
{
    File.WriteAllBytes(file, BenchmarkFiles.Generated(lines));
    return 0;
}

static int Measure(string file, double seconds, int rounds)
{
    var xml = BenchmarkFiles.Named(file);
    var validator = new InvoiceValidator();
    ValidationProfile[] profiles = [ValidationProfile.CiusRo, ValidationProfile.En16931];
    // Both profiles warm for two seconds at least before either is timed: they share most of the code, and tiered
    // compilation (a background thread, slow on a loaded machine) must have reached its final code. Even so the first
    // timing can still catch the compiler at work, so each profile is timed in several rounds, taking turns, and the
    // fastest round is reported (on a shared machine the slower ones measure the neighbours).
    foreach (var profile in profiles)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 200 && i * xml.Length < 50_000_000 || warm.Elapsed.TotalSeconds < 2; i++) validator.Validate(xml, profile);
    }
    var best = profiles.ToDictionary(p => p, _ => (Wall: double.MaxValue, Line: ""));
    for (var round = 0; round < rounds; round++)
    {
        foreach (var profile in profiles)
        {
            var (wall, line) = TimeRound(validator, xml, profile, seconds / rounds, rounds);
            if (wall < best[profile].Wall) best[profile] = (wall, line);
        }
    }
    foreach (var profile in profiles) Console.WriteLine(best[profile].Line);
    return 0;
}

static (double Wall, string Line) TimeRound(InvoiceValidator validator, byte[] xml, ValidationProfile profile, double seconds, int rounds)
{
    var allocated = GC.GetTotalAllocatedBytes(true);
    int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var count = 0;
    while (clock.Elapsed.TotalSeconds < seconds || count == 0)
    {
        validator.Validate(xml, profile);
        count++;
    }
    var elapsed = clock.Elapsed;
    var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    var bytes = (GC.GetTotalAllocatedBytes(true) - allocated) / count;
    var gcs = string.Join('/', collections.Select((before, generation) => ((GC.CollectionCount(generation) - before) / (double)count).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)));
    var findings = validator.Validate(xml, profile).Findings;
    var wall = elapsed.TotalMicroseconds / count;
    return (wall, $"{profile}\t{wall:F1} µs per validation ({count} runs, best of {rounds} rounds)\t{cpuUsed.TotalMicroseconds / count:F1} µs cpu\t{bytes:N0} B\tGC 0/1/2 per run {gcs}\t{findings.Count} findings: {string.Join(' ', findings.Select(f => f.Code).Distinct().Take(10))}");
}
