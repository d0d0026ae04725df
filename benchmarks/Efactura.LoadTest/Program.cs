using Efactura.LoadTest;

// dotnet run -c Release --project benchmarks/Efactura.LoadTest -- [--seconds 60] [--concurrency 8] [--postgres "<connection string>"]
return await LoadRun.MainAsync(args);
