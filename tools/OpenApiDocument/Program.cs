// Writes the gateway's OpenAPI document to a file: the server is started as `dotnet run` would start it (on a free
// loopback port, with a throw-away SQLite database and secret key, no workers), GET /openapi/v1.json is saved, and
// the server is stopped. The build of tests/Efactura.Server.Tests runs it and generates a typed client from the
// file, so a document that drifts from the endpoints breaks that build or its tests.
//
// usage: dotnet run --project tools/OpenApiDocument -- <output file>
using System.Security.Cryptography;
using Efactura.Server.Api.Reference;
using Efactura.Server.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: OpenApiDocument <output file>");
    return 2;
}

var folder = Directory.CreateTempSubdirectory("efactura-openapi-").FullName;
try
{
    await using var app = ServerApplication.Build(
    [
        $"--contentRoot={folder}",
        "--Urls=http://127.0.0.1:0",
        "--environment=Development",
        "--Logging:LogLevel:Default=Warning",
        "--Efactura:Workers:Enabled=false",
        "--Efactura:DevelopmentTenant:Enabled=false",
        $"--Efactura:Database:ConnectionString=Data Source={Path.Combine(folder, "efactura.db")}",
        $"--Efactura:Secrets:Key={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
    ]);
    await ServerApplication.StartAsync(app, TextWriter.Null);
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    using var http = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
    var document = await http.GetByteArrayAsync(OpenApiDocumentSetup.DocumentPath.TrimStart('/'));
    await app.StopAsync();
    var output = Path.GetFullPath(args[0]);
    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    await File.WriteAllBytesAsync(output, document);
    Console.WriteLine($"wrote {output} ({document.Length} bytes)");
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}
