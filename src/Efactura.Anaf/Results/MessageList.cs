namespace Efactura.Anaf.Results;

/// <summary>A message list or one page of it; an empty list is a success (ANAF says "Nu exista mesaje in …").</summary>
/// <param name="Messages">The entries.</param>
/// <param name="Serial">The certificate serial ANAF echoes, when present.</param>
/// <param name="Cui">The CUI ANAF echoes, when present.</param>
/// <param name="Title"><c>titlu</c>, or ANAF's empty-list text.</param>
/// <param name="Page">For the paginated list, the page's counters.</param>
public sealed record MessageList(IReadOnlyList<SpvMessage> Messages, string? Serial, string? Cui, string Title, PageInfo? Page = null);

/// <summary>The paginated list's counters.</summary>
/// <param name="Index"><c>index_pagina_curenta</c>, 1-based.</param>
/// <param name="TotalPages"><c>numar_total_pagini</c>.</param>
/// <param name="TotalRecords"><c>numar_total_inregistrari</c>.</param>
/// <param name="RecordsPerPage"><c>numar_total_inregistrari_per_pagina</c>.</param>
public sealed record PageInfo(int Index, int TotalPages, int TotalRecords, int RecordsPerPage);
