using Efactura.Server.Hosting;

// `dotnet Efactura.Server.dll`: serves the gateway (SQLite in data/efactura.db unless configured, the schema migrated;
// in Development also the in-process simulator and a development tenant whose API key is printed once).
// `dotnet Efactura.Server.dll tenants ...|keys ...`: manages tenants and API keys in the configured database.
return await ServerCommands.RunAsync(args);
