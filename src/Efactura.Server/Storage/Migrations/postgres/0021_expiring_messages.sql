-- The expiry watcher (issue 19, item 6) looks for received invoices ANAF still lists but we have not downloaded,
-- oldest first: ANAF keeps a message 60 days.
CREATE INDEX ix_spv_messages_not_downloaded ON spv_messages (anaf_created_at) WHERE downloaded_at IS NULL;
