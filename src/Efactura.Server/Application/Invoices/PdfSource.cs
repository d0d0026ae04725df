namespace Efactura.Server.Application.Invoices;

/// <summary>Who renders an invoice's PDF.</summary>
public enum PdfSource
{
    /// <summary>The gateway itself (PDF/A-3 with the XML attached), stored once ANAF's ZIP is in; needs no ANAF.</summary>
    Efactura,

    /// <summary>ANAF's transformare service, asked each time, never stored; Romanian only.</summary>
    Anaf,
}
