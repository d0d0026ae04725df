-- upload_sent_at: when the last upload attempt's request actually left for ANAF (NULL while it waits, and for an
-- attempt that never sent it). Every proof that an upload is absent from ANAF (the reconciler's wait and search window)
-- counts from it, never from upload_started_at (the claim): a wait for a slot in ANAF's calls window between the two
-- would otherwise shorten the proof. Rows already uploading or reconciling may have been sent at any time since their
-- attempt began, so they count from that. Same column in both dialects.
ALTER TABLE invoices ADD COLUMN upload_sent_at timestamptz;
UPDATE invoices SET upload_sent_at = upload_started_at WHERE state IN ('uploading', 'reconciling');
