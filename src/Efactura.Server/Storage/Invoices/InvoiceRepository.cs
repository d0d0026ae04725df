using System.Text.Json;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Events;

namespace Efactura.Server.Storage.Invoices;

/// <summary>
/// Invoices: create, read, list, and move through their states. A transition is one conditional UPDATE
/// (<c>WHERE state = @from</c>), so of two concurrent attempts exactly one applies; the transition's event
/// (and its webhook deliveries) is written in the same transaction.
/// </summary>
public sealed partial class InvoiceRepository(Database database, TimeProvider time)
{
    private const string Columns =
        "id, tenant_id, company_id, number, type_code, issue_date, currency, total_amount, customer_id, customer_name, state, environment, " +
        "input_json, credit_note_for, index_incarcare, id_descarcare, upload_attempts, next_attempt_at, claimed_by, claimed_until, " +
        "error_code, error_details, version, created_at, updated_at, issued_at, submitted_at, completed_at, upload_started_at, reconcile_attempts, signature, upload_sent_at, " +
        "customer_partner_id";

    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Stores a new invoice (draft or issued) and records its first event; null when the tenant has no such
    /// company (or the credit note's original is not the tenant's).
    /// </summary>
    public async Task<InvoiceRecord?> CreateAsync(NewInvoice invoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentException.ThrowIfNullOrWhiteSpace(invoice.Number);
        if (invoice.State is not (InvoiceState.Draft or InvoiceState.Issued))
            throw new ArgumentException("a new invoice is a draft or issued", nameof(invoice));
        var now = time.GetUtcNow();
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        if (!await BelongsToTenantAsync(session, "companies", invoice.TenantId, invoice.CompanyId, cancellationToken).ConfigureAwait(false)) return null;
        if (invoice.CreditNoteFor is { } original && !await BelongsToTenantAsync(session, "invoices", invoice.TenantId, original, cancellationToken).ConfigureAwait(false)) return null;
        if (invoice.CustomerPartnerId is { } partner && !await IsCompanysPartnerAsync(session, invoice, partner, cancellationToken).ConfigureAwait(false)) return null;

        var created = await InsertAsync(session, invoice, now, cancellationToken).ConfigureAwait(false);
        await EventRepository.AppendAsync(session, EventFor(created, null), now, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return created;
    }

    /// <summary>The tenant's invoice, or null (also when it is another tenant's).</summary>
    public async Task<InvoiceRecord?> GetAsync(Guid tenantId, Guid invoiceId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await GetAsync(session, tenantId, invoiceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tenant's invoice with ANAF upload index <paramref name="indexIncarcare"/> for the company, or null.</summary>
    public async Task<InvoiceRecord?> FindByIndexIncarcareAsync(Guid tenantId, Guid companyId, string indexIncarcare, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {Columns} FROM invoices WHERE tenant_id = @tenant AND company_id = @company AND index_incarcare = @index",
            Read, cancellationToken, ("tenant", tenantId), ("company", companyId), ("index", indexIncarcare)).ConfigureAwait(false);
    }

    /// <summary>The tenant's invoices matching <paramref name="filter"/>, newest first.</summary>
    public async Task<Page<InvoiceRecord>> ListAsync(Guid tenantId, InvoiceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var args = new List<SqlArg> { ("tenant", tenantId), ("limit", page.EffectiveLimit + 1) };
        var where = new List<string> { "tenant_id = @tenant" };
        if (page.Cursor is not null)
        {
            where.Add("id < @cursor");
            args.Add(("cursor", Cursor.ToGuid(page.Cursor)));
        }
        if (filter.CompanyId is { } company)
        {
            where.Add("company_id = @company");
            args.Add(("company", company));
        }
        if (filter.CompanyIds is { } companies)
        {
            if (companies.Count == 0) return new Page<InvoiceRecord>([], null);
            where.Add("company_id IN " + SqlList.Of("companies", companies, args));
        }
        if (filter.States is { Count: > 0 } states) where.Add("state IN " + SqlList.Of("state", states, args));
        if (filter.Number is { } number)
        {
            where.Add("number = @number");
            args.Add(("number", number));
        }
        if (filter.Customer is { Length: > 0 } customer) where.Add(CustomerCondition(customer, args));
        if (filter.IssuedFrom is { } from)
        {
            where.Add("issue_date >= @issuedFrom");
            args.Add(("issuedFrom", from));
        }
        if (filter.IssuedTo is { } to)
        {
            where.Add("issue_date <= @issuedTo");
            args.Add(("issuedTo", to));
        }
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            $"SELECT {Columns} FROM invoices WHERE {string.Join(" AND ", where)} ORDER BY id DESC LIMIT @limit",
            Read, cancellationToken, [.. args]).ConfigureAwait(false);
        return Paging.Cut(rows, page.EffectiveLimit, i => Cursor.From(i.Id));
    }

    /// <summary>
    /// Moves the invoice from <see cref="InvoiceTransition.From"/> to <see cref="InvoiceTransition.To"/> if it is
    /// still there (and still claimed by the transition's claimer), records what the step learned and the event
    /// <c>invoice.&lt;state&gt;</c>, and releases the claim.
    /// </summary>
    /// <exception cref="ArgumentException">The state machine does not allow this transition.</exception>
    public async Task<TransitionResult> TransitionAsync(InvoiceTransition transition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transition);
        if (!InvoiceStateMachine.Allows(transition.From, transition.To))
            throw new ArgumentException($"an invoice cannot go from {transition.From} to {transition.To}", nameof(transition));
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var updated = await ApplyAsync(session, transition, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (updated is null)
        {
            var current = await GetAsync(session, transition.TenantId, transition.InvoiceId, cancellationToken).ConfigureAwait(false);
            var outcome = current is null ? TransitionOutcome.NotFound
                : current.State != transition.From ? TransitionOutcome.StateConflict
                : TransitionOutcome.ClaimLost;
            return new TransitionResult(outcome, current);
        }
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new TransitionResult(TransitionOutcome.Applied, updated);
    }

    /// <summary>
    /// Applies <paramref name="transition"/> inside <paramref name="session"/>'s transaction with its event; null when
    /// the invoice is not (any more) in the expected state or claim. A credit note made by voiding that reaches
    /// <see cref="InvoiceState.Accepted"/> voids its original in the same transaction: the original is cancelled
    /// only once ANAF has accepted the credit note that cancels it.
    /// </summary>
    private static async Task<InvoiceRecord?> ApplyAsync(SqlSession session, InvoiceTransition transition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var args = new List<SqlArg>
        {
            ("tenant", transition.TenantId), ("id", transition.InvoiceId), ("from", transition.From), ("to", transition.To), ("now", now),
            ("index", transition.IndexIncarcare), ("download", transition.IdDescarcare), ("attempt", transition.CountsUploadAttempt ? 1 : 0),
            ("next", transition.NextAttemptAt), ("errorCode", transition.Error?.Code), ("errorDetails", transition.Error?.Details),
            ("environment", transition.Environment), ("signature", transition.Signature),
            ("issuedAt", transition.To == InvoiceState.Issued ? now : null),
            ("submittedAt", transition.To == InvoiceState.Submitted ? now : null),
            ("completedAt", InvoiceStateMachine.IsFinal(transition.To) ? now : null),
            ("uploadStartedAt", transition.To == InvoiceState.Uploading ? now : null),
            ("newAttempt", transition.To == InvoiceState.Uploading ? 1 : 0),
        };
        var claimed = "";
        if (transition.Claimer is not null)
        {
            claimed = " AND claimed_by = @claimer";
            args.Add(("claimer", transition.Claimer));
        }

        var updated = await session.QuerySingleAsync(
            $"""
            UPDATE invoices SET state = @to, version = version + 1, updated_at = @now,
                index_incarcare = COALESCE(@index, index_incarcare), id_descarcare = COALESCE(@download, id_descarcare),
                upload_attempts = upload_attempts + @attempt, next_attempt_at = @next, claimed_by = NULL, claimed_until = NULL,
                error_code = @errorCode, error_details = @errorDetails, issued_at = COALESCE(issued_at, @issuedAt),
                submitted_at = COALESCE(@submittedAt, submitted_at), completed_at = @completedAt,
                upload_started_at = COALESCE(@uploadStartedAt, upload_started_at),
                upload_sent_at = CASE WHEN @newAttempt = 1 THEN NULL ELSE upload_sent_at END,
                environment = COALESCE(@environment, environment), signature = COALESCE(@signature, signature)
            WHERE tenant_id = @tenant AND id = @id AND state = @from{claimed}
            RETURNING {Columns}
            """,
            Read, cancellationToken, [.. args]).ConfigureAwait(false);
        if (updated is null) return null;
        await EventRepository.AppendAsync(session, EventFor(updated, transition.From), now, cancellationToken).ConfigureAwait(false);
        if (updated is { State: InvoiceState.Accepted, CreditNoteFor: { } original })
            await ApplyAsync(session, new InvoiceTransition(updated.TenantId, original, InvoiceState.Accepted, InvoiceState.Voided), now, cancellationToken)
                .ConfigureAwait(false);
        return updated;
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> invoices in one of <paramref name="states"/> whose next attempt is due,
    /// for <paramref name="lease"/> (across tenants: a worker serves them all; each row carries its tenant).
    /// Two claimers never get the same invoice while the lease runs.
    /// </summary>
    public async Task<IReadOnlyList<InvoiceRecord>> ClaimDueAsync(
        IReadOnlyCollection<InvoiceState> states, string claimer, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(states);
        var args = ClaimSql.Args(claimer, time.GetUtcNow(), lease, max);
        var due = $"state IN {SqlList.Of("state", states, args)} AND next_attempt_at <= @now";
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var claimed = await session.QueryAsync(
            ClaimSql.Build(session.Dialect, "invoices", "id", due, "next_attempt_at, id", Columns),
            Read, cancellationToken, [.. args]).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed;
    }

    /// <summary>
    /// Gives up a claim without a transition (the step found nothing to do yet) and sets when the invoice is
    /// next due; false when the claim was already lost.
    /// </summary>
    public async Task<bool> ReleaseAsync(Guid tenantId, Guid invoiceId, string claimer, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE invoices SET claimed_by = NULL, claimed_until = NULL, next_attempt_at = @next
            WHERE tenant_id = @tenant AND id = @id AND claimed_by = @claimer
            """,
            cancellationToken, ("next", nextAttemptAt), ("tenant", tenantId), ("id", invoiceId), ("claimer", claimer)).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Records that the upload attempt <paramref name="uploading"/> is sending its request now, and renews its lease to
    /// <paramref name="leaseUntil"/>; false when the attempt lost its lease (another node took the invoice over, or the
    /// lease ran out), and then the request must not be sent.
    /// </summary>
    /// <remarks>
    /// The never-twice invariant (DESIGN §5) rests on this write: a request leaves only after <c>upload_sent_at</c> is
    /// committed for this very attempt (same state, same attempt count, unclaimed, lease still running), and every proof
    /// of absence counts from <c>upload_sent_at</c>. So an attempt that lost its lease while it waited sends nothing, and
    /// an attempt taken over after sending is searched for from the moment it left. The claim of a node that takes an
    /// uploading invoice over (<see cref="ClaimDueAsync"/>) and this write exclude each other on the row.
    /// </remarks>
    public async Task<bool> MarkUploadSentAsync(InvoiceRecord uploading, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploading);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE invoices SET upload_sent_at = @now, next_attempt_at = @until
            WHERE tenant_id = @tenant AND id = @id AND state = @state AND upload_attempts = @attempts
                AND claimed_by IS NULL AND next_attempt_at > @now
            """,
            cancellationToken, ("now", time.GetUtcNow()), ("until", leaseUntil), ("tenant", uploading.TenantId), ("id", uploading.Id),
            ("state", InvoiceState.Uploading), ("attempts", uploading.UploadAttempts)).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Records what a step learned without a state change (ANAF's download id, a flag or the last transient
    /// error, a reconciliation search), sets when the invoice is next due and releases the claim; null when the
    /// claim was lost or the invoice left <see cref="InvoiceProgress.State"/>.
    /// </summary>
    public async Task<InvoiceRecord?> RecordProgressAsync(InvoiceProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"""
            UPDATE invoices SET version = version + 1, updated_at = @now, claimed_by = NULL, claimed_until = NULL, next_attempt_at = @next,
                id_descarcare = COALESCE(@download, id_descarcare), error_code = @errorCode, error_details = @errorDetails,
                reconcile_attempts = reconcile_attempts + @reconciled
            WHERE tenant_id = @tenant AND id = @id AND state = @state AND claimed_by = @claimer
            RETURNING {Columns}
            """,
            Read, cancellationToken,
            ("now", time.GetUtcNow()), ("next", progress.NextAttemptAt), ("download", progress.IdDescarcare),
            ("errorCode", progress.Error?.Code), ("errorDetails", progress.Error?.Details), ("reconciled", progress.CountsReconcileAttempt ? 1 : 0),
            ("tenant", progress.TenantId), ("id", progress.InvoiceId), ("state", progress.State), ("claimer", progress.Claimer)).ConfigureAwait(false);
    }

    private async Task<InvoiceRecord> InsertAsync(SqlSession session, NewInvoice invoice, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await session.QuerySingleAsync(
            $"""
            INSERT INTO invoices (id, tenant_id, company_id, number, type_code, issue_date, currency, total_amount, customer_id, customer_name,
                state, environment, input_json, credit_note_for, upload_attempts, version, created_at, updated_at, issued_at, customer_partner_id)
            VALUES (@id, @tenant, @company, @number, @type, @issueDate, @currency, @total, @customerId, @customerName,
                @state, @environment, @json, @creditNoteFor, 0, 1, @now, @now, @issuedAt, @customerPartner)
            RETURNING {Columns}
            """,
            Read, cancellationToken,
            ("id", StorageIds.New(time)), ("tenant", invoice.TenantId), ("company", invoice.CompanyId), ("number", invoice.Number),
            ("type", invoice.TypeCode), ("issueDate", invoice.IssueDate), ("currency", invoice.Currency), ("total", invoice.TotalAmount),
            ("customerId", invoice.CustomerId), ("customerName", invoice.CustomerName), ("state", invoice.State),
            ("environment", invoice.Environment), ("json", invoice.InputJson), ("creditNoteFor", invoice.CreditNoteFor),
            ("now", now), ("issuedAt", invoice.State == InvoiceState.Issued ? now : null),
            ("customerPartner", invoice.CustomerPartnerId)).ConfigureAwait(false))!;

    private static string CustomerCondition(string customer, List<SqlArg> args)
    {
        var bare = customer.StartsWith("RO", StringComparison.OrdinalIgnoreCase) ? customer[2..] : customer;
        args.Add(("customerBare", bare));
        args.Add(("customerRo", "RO" + bare));
        // LIKE with an escape character, so a % or _ in the text is matched literally.
        var escaped = customer.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        args.Add(("customerPattern", "%" + escaped.ToLowerInvariant() + "%"));
        return "(customer_id = @customerBare OR customer_id = @customerRo OR LOWER(customer_name) LIKE @customerPattern ESCAPE '\\')";
    }

    private static async Task<InvoiceRecord?> GetAsync(SqlSession session, Guid tenantId, Guid invoiceId, CancellationToken cancellationToken) =>
        await session.QuerySingleAsync(
            $"SELECT {Columns} FROM invoices WHERE tenant_id = @tenant AND id = @id",
            Read, cancellationToken, ("tenant", tenantId), ("id", invoiceId)).ConfigureAwait(false);

    private static async Task<bool> BelongsToTenantAsync(SqlSession session, string table, Guid tenantId, Guid id, CancellationToken cancellationToken) =>
        await session.ScalarAsync($"SELECT 1 FROM {table} WHERE tenant_id = @tenant AND id = @id", cancellationToken, ("tenant", tenantId), ("id", id))
            .ConfigureAwait(false) is not null;

    private static async Task<bool> IsCompanysPartnerAsync(SqlSession session, NewInvoice invoice, Guid partnerId, CancellationToken cancellationToken) =>
        await session.ScalarAsync("SELECT 1 FROM partners WHERE tenant_id = @tenant AND company_id = @company AND id = @id", cancellationToken,
            ("tenant", invoice.TenantId), ("company", invoice.CompanyId), ("id", partnerId)).ConfigureAwait(false) is not null;

    private static NewEvent EventFor(InvoiceRecord invoice, InvoiceState? from)
    {
        var to = StoredName.Of(invoice.State);
        var data = JsonSerializer.Serialize(
            new EventData(invoice.Id, invoice.CompanyId, invoice.Number, to, from is null ? null : StoredName.Of(from.Value),
                invoice.IndexIncarcare, invoice.IdDescarcare, invoice.ErrorCode, invoice.Signature),
            EventJson);
        return new NewEvent(invoice.TenantId, "invoice." + to, data)
        {
            SubjectId = invoice.Id,
            CompanyId = invoice.CompanyId,
            FromState = from is null ? null : StoredName.Of(from.Value),
            ToState = to,
        };
    }

    private static InvoiceRecord Read(SqlRow row) => new(
        row.Guid("id"),
        row.Guid("tenant_id"),
        row.Guid("company_id"),
        row.String("number"),
        row.String("type_code"),
        row.Date("issue_date"),
        row.String("currency"),
        row.Decimal("total_amount"),
        row.NullableString("customer_id"),
        row.NullableString("customer_name"),
        row.Enum<InvoiceState>("state"),
        row.IsNull("environment") ? null : row.Enum<AnafEnvironment>("environment"),
        row.String("input_json"),
        row.NullableGuid("credit_note_for"),
        row.NullableString("index_incarcare"),
        row.NullableString("id_descarcare"),
        row.Int("upload_attempts"),
        row.NullableTime("next_attempt_at"),
        row.NullableString("claimed_by"),
        row.NullableTime("claimed_until"),
        row.NullableString("error_code"),
        row.NullableString("error_details"),
        row.Int("version"),
        row.Time("created_at"),
        row.Time("updated_at"),
        row.NullableTime("issued_at"),
        row.NullableTime("submitted_at"),
        row.NullableTime("completed_at"))
    {
        UploadStartedAt = row.NullableTime("upload_started_at"),
        ReconcileAttempts = row.Int("reconcile_attempts"),
        Signature = row.NullableString("signature"),
        UploadSentAt = row.NullableTime("upload_sent_at"),
        CustomerPartnerId = row.NullableGuid("customer_partner_id"),
    };

    /// <summary>The <c>data</c> of an invoice event (webhook body).</summary>
    private sealed record EventData(
        Guid InvoiceId, Guid CompanyId, string Number, string State, string? PreviousState, string? IndexIncarcare, string? IdDescarcare, string? ErrorCode,
        string? Signature);
}
