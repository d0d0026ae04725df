using Efactura.Server.Api.Companies;
using Efactura.Server.Api.Idempotency;
using Efactura.Server.Api.Invoices;
using Efactura.Ubl;
using Efactura.Validation;

namespace Efactura.Server.Api;

/// <summary>Registers what the REST API's endpoints use beyond storage and ANAF.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Adds the validator, the UBL writer and the API's own services.</summary>
    public static IServiceCollection AddEfacturaApi(this IServiceCollection services)
    {
        // Thread-safe and costly to build (rule sets), so one per process; "today" for the deadline warning from the clock.
        services.AddSingleton(sp => new InvoiceValidator(new InvoiceValidatorOptions { TimeProvider = sp.GetRequiredService<TimeProvider>() }));
        services.AddSingleton<UblWriter>();
        services.AddSingleton<IdempotentRequests>();
        services.AddSingleton<SimulatorConnector>();
        services.AddSingleton<SubmissionQueue>();
        services.AddSingleton<InvoiceIssuer>();
        services.AddSingleton<InvoiceActions>();
        services.AddSingleton<InvoiceDocuments>();
        services.AddSingleton<Efactura.Server.Storage.Documents.InvoicePdfs>();
        services.AddSingleton<Efactura.Server.Application.Archive.CompanyArchive>();
        return services;
    }
}
