-- efactura schema, version 1 (PostgreSQL). Instants are timestamptz (UTC), money numeric, ids uuid
-- (version 7, so they sort by creation time and serve as paging cursors).

CREATE TABLE tenants (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL
);

-- API keys are never stored: only their SHA-256 (keys are 256 random bits, so a fast hash is enough).
CREATE TABLE api_keys (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    key_hash    text NOT NULL UNIQUE,
    key_prefix  text NOT NULL,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX ix_api_keys_tenant ON api_keys (tenant_id);

CREATE TABLE companies (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id),
    cui             text NOT NULL,
    name            text NOT NULL,
    environment     text NOT NULL CHECK (environment IN ('test', 'prod', 'simulator')),
    auto_send       boolean NOT NULL,
    delay_hours     integer NOT NULL CHECK (delay_hours >= 0),
    sync_enabled    boolean NOT NULL,
    sync_days_back  integer NOT NULL CHECK (sync_days_back BETWEEN 1 AND 60),
    next_sync_at    timestamptz,
    claimed_by      text,
    claimed_until   timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (tenant_id, cui)
);
CREATE INDEX ix_companies_tenant ON companies (tenant_id, id);
CREATE INDEX ix_companies_sync_due ON companies (next_sync_at) WHERE sync_enabled;

-- OAuth tokens, AES-GCM encrypted; token_version grows with every rotation (compare-and-set).
CREATE TABLE anaf_connections (
    company_id          uuid PRIMARY KEY REFERENCES companies (id),
    tenant_id           uuid NOT NULL REFERENCES tenants (id),
    access_token        bytea NOT NULL,
    refresh_token       bytea NOT NULL,
    access_expires_at   timestamptz NOT NULL,
    refresh_expires_at  timestamptz NOT NULL,
    token_version       integer NOT NULL,
    status              text NOT NULL CHECK (status IN ('active', 'expired', 'revoked')),
    last_error          text,
    claimed_by          text,
    claimed_until       timestamptz,
    connected_at        timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX ix_anaf_connections_tenant ON anaf_connections (tenant_id);
CREATE INDEX ix_anaf_connections_expiry ON anaf_connections (access_expires_at) WHERE status = 'active';

CREATE TABLE invoices (
    id                uuid PRIMARY KEY,
    tenant_id         uuid NOT NULL REFERENCES tenants (id),
    company_id        uuid NOT NULL REFERENCES companies (id),
    number            text NOT NULL,
    type_code         text NOT NULL,
    issue_date        date NOT NULL,
    currency          text NOT NULL,
    total_amount      numeric(19, 2) NOT NULL,
    customer_id       text,
    customer_name     text,
    state             text NOT NULL CHECK (state IN ('draft', 'issued', 'scheduled', 'queued', 'uploading', 'reconciling',
                                                     'submitted', 'accepted', 'rejected', 'failed', 'voided')),
    environment       text CHECK (environment IN ('test', 'prod', 'simulator')),
    input_json        text NOT NULL,
    credit_note_for   uuid REFERENCES invoices (id),
    index_incarcare   text,
    id_descarcare     text,
    upload_attempts   integer NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz,
    claimed_by        text,
    claimed_until     timestamptz,
    error_code        text,
    error_details     text,
    version           integer NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    issued_at         timestamptz,
    submitted_at      timestamptz,
    completed_at      timestamptz
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
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    owner_type  text NOT NULL CHECK (owner_type IN ('invoice', 'incoming')),
    owner_id    uuid NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('xml', 'zip', 'pdf', 'signature')),
    content     bytea NOT NULL,
    sha256      text NOT NULL CHECK (length(sha256) = 64),
    size_bytes  bigint NOT NULL,
    created_at  timestamptz NOT NULL,
    UNIQUE (tenant_id, owner_type, owner_id, kind)
);

CREATE TABLE idempotency_keys (
    tenant_id              uuid NOT NULL REFERENCES tenants (id),
    key                    text NOT NULL,
    request_hash           text NOT NULL,
    status                 text NOT NULL CHECK (status IN ('pending', 'completed')),
    locked_until           timestamptz NOT NULL,
    response_status        integer,
    response_content_type  text,
    response_location      text,
    response_body          bytea,
    created_at             timestamptz NOT NULL,
    expires_at             timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX ix_idempotency_keys_expiry ON idempotency_keys (expires_at);

-- Every state transition and notification, in order: the audit trail and the webhook outbox.
CREATE TABLE events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    type        text NOT NULL,
    subject_id  uuid,
    company_id  uuid,
    from_state  text,
    to_state    text,
    data        text NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX ix_events_tenant ON events (tenant_id, id);
CREATE INDEX ix_events_subject ON events (subject_id, id);

CREATE TABLE webhook_subscriptions (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    url         text NOT NULL,
    secret      bytea NOT NULL,
    active      boolean NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX ix_webhook_subscriptions_tenant ON webhook_subscriptions (tenant_id, id);

CREATE TABLE webhook_subscription_events (
    subscription_id  uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_type       text NOT NULL,
    PRIMARY KEY (subscription_id, event_type)
);

CREATE TABLE webhook_deliveries (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         uuid NOT NULL REFERENCES tenants (id),
    subscription_id   uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id          bigint NOT NULL REFERENCES events (id),
    status            text NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts          integer NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz,
    claimed_by        text,
    claimed_until     timestamptz,
    last_status_code  integer,
    last_error        text,
    created_at        timestamptz NOT NULL,
    delivered_at      timestamptz
);
CREATE INDEX ix_webhook_deliveries_subscription ON webhook_deliveries (tenant_id, subscription_id, id);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

-- ANAF's message list (lista mesaje), one row per message per company.
CREATE TABLE spv_messages (
    id                 uuid PRIMARY KEY,
    tenant_id          uuid NOT NULL REFERENCES tenants (id),
    company_id         uuid NOT NULL REFERENCES companies (id),
    anaf_id            text NOT NULL,
    type               text NOT NULL,
    cif                text NOT NULL,
    request_id         text,
    details            text NOT NULL,
    anaf_created_at    timestamptz NOT NULL,
    download_attempts  integer NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz,
    claimed_by         text,
    claimed_until      timestamptz,
    downloaded_at      timestamptz,
    created_at         timestamptz NOT NULL,
    UNIQUE (company_id, anaf_id)
);
CREATE INDEX ix_spv_messages_tenant ON spv_messages (tenant_id, company_id, id);
CREATE INDEX ix_spv_messages_request ON spv_messages (company_id, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX ix_spv_messages_due ON spv_messages (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

CREATE TABLE incoming_invoices (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenants (id),
    company_id       uuid NOT NULL REFERENCES companies (id),
    anaf_message_id  text NOT NULL,
    supplier_id      text NOT NULL,
    supplier_name    text NOT NULL,
    number           text NOT NULL,
    type_code        text NOT NULL,
    issue_date       date NOT NULL,
    currency         text NOT NULL,
    total_amount     numeric(19, 2) NOT NULL,
    invoice_json     text NOT NULL,
    received_at      timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    UNIQUE (company_id, anaf_message_id)
);
CREATE INDEX ix_incoming_invoices_tenant ON incoming_invoices (tenant_id, id);
CREATE INDEX ix_incoming_invoices_tenant_company ON incoming_invoices (tenant_id, company_id, id);

-- Shared quota use per scope (e.g. one message's stareMesaj calls) and window (minute or day start, UTC).
CREATE TABLE quota_counters (
    scope         text NOT NULL,
    window_start  timestamptz NOT NULL,
    used          integer NOT NULL CHECK (used >= 0),
    PRIMARY KEY (scope, window_start)
);
CREATE INDEX ix_quota_counters_window ON quota_counters (window_start);
