-- The outgoing workers (submitter, reconciler, status poller), the same columns as postgres/0004_outgoing_workers.sql.
-- upload_started_at: when the last upload attempt began; an upload of unknown outcome is searched for in ANAF's
-- message list from there. reconcile_attempts: how many such searches were made, so a restart carries on.
ALTER TABLE invoices ADD COLUMN upload_started_at TEXT;
ALTER TABLE invoices ADD COLUMN reconcile_attempts INTEGER NOT NULL DEFAULT 0;
