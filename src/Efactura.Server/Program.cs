using Efactura.Server.Hosting;

// `dotnet run --project src/Efactura.Server`: SQLite in data/efactura.db, the schema migrated, a development
// tenant on first start (its API key printed once), /healthz.
await ServerApplication.RunAsync(ServerApplication.Build(args));
