-- The buyer's replies (RASP, anaf-api.md §10) to received invoices (issue 19, item 3): what was sent about which
-- invoice, and ANAF's upload index of the reply (null while the outcome of the upload is unknown).
CREATE TABLE incoming_replies (
    id                   TEXT PRIMARY KEY,
    tenant_id            TEXT NOT NULL REFERENCES tenants (id),
    company_id           TEXT NOT NULL REFERENCES companies (id),
    incoming_invoice_id  TEXT NOT NULL REFERENCES incoming_invoices (id),
    answered_index       TEXT NOT NULL,
    text                 TEXT NOT NULL,
    upload_index         TEXT,
    created_at           TEXT NOT NULL
);

CREATE INDEX ix_incoming_replies_invoice ON incoming_replies (tenant_id, incoming_invoice_id, id);
