using Efactura.Server.Application.Companies;
using Efactura.Server.Application.Connections;
using Efactura.Server.Application.Invoices;
using Efactura.Ubl;
using Efactura.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Efactura.Server.Application;

/// <summary>Registers the application services the API and the dashboard call (README: "Application layer").</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Adds the validator, the UBL writer and the application services, once however often it is called.</summary>
    public static IServiceCollection AddEfacturaApplication(this IServiceCollection services)
    {
        // Thread-safe and costly to build (rule sets), so one per process; "today" for the deadline warning from the clock.
        services.TryAddSingleton(sp => new InvoiceValidator(new InvoiceValidatorOptions { TimeProvider = sp.GetRequiredService<TimeProvider>() }));
        services.TryAddSingleton<UblWriter>();
        services.TryAddSingleton<SubmissionQueue>();
        services.TryAddSingleton<CustomerPartners>();
        services.TryAddSingleton<InvoiceIssuer>();
        services.TryAddSingleton<InvoiceActions>();
        services.TryAddSingleton<InvoiceQueries>();
        services.TryAddSingleton<InvoiceReplies>();
        services.TryAddSingleton<Storage.Documents.InvoicePdfs>();
        services.TryAddSingleton<InvoiceFiles>();
        services.TryAddSingleton<CompanySetup>();
        services.TryAddSingleton<SimulatorConnector>();
        services.TryAddSingleton<AnafConsent>();
        services.TryAddSingleton<Archive.CompanyArchive>();
        services.TryAddSingleton<Incoming.BuyerReplies>();
        services.TryAddSingleton<Webhooks.WebhookSubscriptions>();
        services.TryAddSingleton<Users.UserAdministration>();
        return services;
    }
}
