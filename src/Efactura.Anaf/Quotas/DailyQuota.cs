namespace Efactura.Anaf.Quotas;

/// <summary>ANAF's daily limits (limiteApeluriAPI.txt, DESIGN §5), each counted per message or per CUI.</summary>
public enum DailyQuota
{
    /// <summary>stareMesaj: 100 per message per day.</summary>
    StatusPerMessage,

    /// <summary>descarcare: 10 per message per day.</summary>
    DownloadPerMessage,

    /// <summary>listaMesajeFactura: 1500 per CUI per day.</summary>
    SimpleListPerCui,

    /// <summary>listaMesajePaginatieFactura: 100,000 per CUI per day.</summary>
    PagedListPerCui,

    /// <summary>upload with standard=RASP: 1000 per CUI per day.</summary>
    BuyerMessagesPerCui,
}
