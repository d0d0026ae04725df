-- Notices sent once: an event that must not repeat every worker round (the deadline warning of an invoice, the
-- warning that a connection's refresh token is about to die) is recorded here in the transaction that writes
-- the event; the primary key makes a second attempt, from any node, a no-op. Same tables as postgres/0005_notices.sql.
CREATE TABLE notices (
    subject_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    period      TEXT NOT NULL,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    event_id    INTEGER NOT NULL REFERENCES events (id),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (subject_id, kind, period)
);

-- The deadline watcher looks for invoices issued but not yet taken by ANAF, oldest issue date first.
CREATE INDEX ix_invoices_unsubmitted_issue_date ON invoices (issue_date)
    WHERE state IN ('issued', 'scheduled', 'queued', 'uploading', 'reconciling');
