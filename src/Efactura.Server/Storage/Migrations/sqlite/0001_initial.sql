-- efactura schema, version 1 (SQLite), the same tables as postgres/0001_initial.sql. Instants are
-- fixed-width ISO 8601 UTC text (text order is time order), dates yyyy-MM-dd, money TEXT (a NUMERIC
-- column would turn it into a float), booleans 0/1, ids uuid text (version 7: they sort by creation time).

CREATE TABLE tenants (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- API keys are never stored: only their SHA-256 (keys are 256 random bits, so a fast hash is enough).
CREATE TABLE api_keys (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    key_hash    TEXT NOT NULL UNIQUE,
    key_prefix  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);
CREATE INDEX ix_api_keys_tenant ON api_keys (tenant_id);

CREATE TABLE companies (
    id              TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL REFERENCES tenants (id),
    cui             TEXT NOT NULL,
    name            TEXT NOT NULL,
    environment     TEXT NOT NULL CHECK (environment IN ('test', 'prod', 'simulator')),
    auto_send       INTEGER NOT NULL,
    delay_hours     INTEGER NOT NULL CHECK (delay_hours >= 0),
    sync_enabled    INTEGER NOT NULL,
    sync_days_back  INTEGER NOT NULL CHECK (sync_days_back BETWEEN 1 AND 60),
    next_sync_at    TEXT,
    claimed_by      TEXT,
    claimed_until   TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (tenant_id, cui)
);
CREATE INDEX ix_companies_tenant ON companies (tenant_id, id);
CREATE INDEX ix_companies_sync_due ON companies (next_sync_at) WHERE sync_enabled;

-- OAuth tokens, AES-GCM encrypted; token_version grows with every rotation (compare-and-set).
CREATE TABLE anaf_connections (
    company_id          TEXT PRIMARY KEY REFERENCES companies (id),
    tenant_id           TEXT NOT NULL REFERENCES tenants (id),
    access_token        BLOB NOT NULL,
    refresh_token       BLOB NOT NULL,
    access_expires_at   TEXT NOT NULL,
    refresh_expires_at  TEXT NOT NULL,
    token_version       INTEGER NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('active', 'expired', 'revoked')),
    last_error          TEXT,
    claimed_by          TEXT,
    claimed_until       TEXT,
    connected_at        TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX ix_anaf_connections_tenant ON anaf_connections (tenant_id);
CREATE INDEX ix_anaf_connections_expiry ON anaf_connections (access_expires_at) WHERE status = 'active';

CREATE TABLE invoices (
    id                TEXT PRIMARY KEY,
    tenant_id         TEXT NOT NULL REFERENCES tenants (id),
    company_id        TEXT NOT NULL REFERENCES companies (id),
    number            TEXT NOT NULL,
    type_code         TEXT NOT NULL,
    issue_date        date NOT NULL,
    currency          TEXT NOT NULL,
    total_amount      TEXT NOT NULL,
    customer_id       TEXT,
    customer_name     TEXT,
    state             TEXT NOT NULL CHECK (state IN ('draft', 'issued', 'scheduled', 'queued', 'uploading', 'reconciling',
                                                     'submitted', 'accepted', 'rejected', 'failed', 'voided')),
    environment       TEXT CHECK (environment IN ('test', 'prod', 'simulator')),
    input_json        TEXT NOT NULL,
    credit_note_for   TEXT REFERENCES invoices (id),
    index_incarcare   TEXT,
    id_descarcare     TEXT,
    upload_attempts   INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT,
    claimed_by        TEXT,
    claimed_until     TEXT,
    error_code        TEXT,
    error_details     TEXT,
    version           INTEGER NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    issued_at         TEXT,
    submitted_at      TEXT,
    completed_at      TEXT
);
CREATE INDEX ix_invoices_tenant ON invoices (tenant_id, id);
CREATE INDEX ix_invoices_tenant_company ON invoices (tenant_id, company_id, id);
CREATE INDEX ix_invoices_tenant_state ON invoices (tenant_id, state, id);
CREATE INDEX ix_invoices_tenant_number ON invoices (tenant_id, number);
CREATE INDEX ix_invoices_tenant_issue_date ON invoices (tenant_id, issue_date);
CREATE INDEX ix_invoices_index_incarcare ON invoices (company_id, index_incarcare) WHERE index_incarcare IS NOT NULL;
CREATE INDEX ix_invoices_due ON invoices (state, next_attempt_at) WHERE next_attempt_at IS NOT NULL;

-- Documents of invoices and incoming invoices; the ANAF ZIP is kept byte for byte with its SHA-256.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    owner_type  TEXT NOT NULL CHECK (owner_type IN ('invoice', 'incoming')),
    owner_id    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('xml', 'zip', 'pdf', 'signature')),
    content     BLOB NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    size_bytes  INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (tenant_id, owner_type, owner_id, kind)
);

CREATE TABLE idempotency_keys (
    tenant_id              TEXT NOT NULL REFERENCES tenants (id),
    key                    TEXT NOT NULL,
    request_hash           TEXT NOT NULL,
    status                 TEXT NOT NULL CHECK (status IN ('pending', 'completed')),
    locked_until           TEXT NOT NULL,
    response_status        INTEGER,
    response_content_type  TEXT,
    response_location      TEXT,
    response_body          BLOB,
    created_at             TEXT NOT NULL,
    expires_at             TEXT NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX ix_idempotency_keys_expiry ON idempotency_keys (expires_at);

-- Every state transition and notification, in order: the audit trail and the webhook outbox.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    type        TEXT NOT NULL,
    subject_id  TEXT,
    company_id  TEXT,
    from_state  TEXT,
    to_state    TEXT,
    data        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX ix_events_tenant ON events (tenant_id, id);
CREATE INDEX ix_events_subject ON events (subject_id, id);

CREATE TABLE webhook_subscriptions (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    url         TEXT NOT NULL,
    secret      BLOB NOT NULL,
    active      INTEGER NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX ix_webhook_subscriptions_tenant ON webhook_subscriptions (tenant_id, id);

CREATE TABLE webhook_subscription_events (
    subscription_id  TEXT NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_type       TEXT NOT NULL,
    PRIMARY KEY (subscription_id, event_type)
);

CREATE TABLE webhook_deliveries (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id         TEXT NOT NULL REFERENCES tenants (id),
    subscription_id   TEXT NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id          INTEGER NOT NULL REFERENCES events (id),
    status            TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT,
    claimed_by        TEXT,
    claimed_until     TEXT,
    last_status_code  INTEGER,
    last_error        TEXT,
    created_at        TEXT NOT NULL,
    delivered_at      TEXT
);
CREATE INDEX ix_webhook_deliveries_subscription ON webhook_deliveries (tenant_id, subscription_id, id);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

-- ANAF's message list (lista mesaje), one row per message per company.
CREATE TABLE spv_messages (
    id                 TEXT PRIMARY KEY,
    tenant_id          TEXT NOT NULL REFERENCES tenants (id),
    company_id         TEXT NOT NULL REFERENCES companies (id),
    anaf_id            TEXT NOT NULL,
    type               TEXT NOT NULL,
    cif                TEXT NOT NULL,
    request_id         TEXT,
    details            TEXT NOT NULL,
    anaf_created_at    TEXT NOT NULL,
    download_attempts  INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    TEXT,
    claimed_by         TEXT,
    claimed_until      TEXT,
    downloaded_at      TEXT,
    created_at         TEXT NOT NULL,
    UNIQUE (company_id, anaf_id)
);
CREATE INDEX ix_spv_messages_tenant ON spv_messages (tenant_id, company_id, id);
CREATE INDEX ix_spv_messages_request ON spv_messages (company_id, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX ix_spv_messages_due ON spv_messages (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

CREATE TABLE incoming_invoices (
    id               TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL REFERENCES tenants (id),
    company_id       TEXT NOT NULL REFERENCES companies (id),
    anaf_message_id  TEXT NOT NULL,
    supplier_id      TEXT NOT NULL,
    supplier_name    TEXT NOT NULL,
    number           TEXT NOT NULL,
    type_code        TEXT NOT NULL,
    issue_date       date NOT NULL,
    currency         TEXT NOT NULL,
    total_amount     TEXT NOT NULL,
    invoice_json     TEXT NOT NULL,
    received_at      TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    UNIQUE (company_id, anaf_message_id)
);
CREATE INDEX ix_incoming_invoices_tenant ON incoming_invoices (tenant_id, id);
CREATE INDEX ix_incoming_invoices_tenant_company ON incoming_invoices (tenant_id, company_id, id);

-- Shared quota use per scope (e.g. one message's stareMesaj calls) and window (minute or day start, UTC).
CREATE TABLE quota_counters (
    scope         TEXT NOT NULL,
    window_start  TEXT NOT NULL,
    used          INTEGER NOT NULL CHECK (used >= 0),
    PRIMARY KEY (scope, window_start)
);
CREATE INDEX ix_quota_counters_window ON quota_counters (window_start);
