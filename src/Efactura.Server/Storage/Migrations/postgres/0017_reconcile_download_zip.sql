-- The reconciler keeps ANAF's whole ZIP of a message it downloaded while searching for an upload, not only the invoice
-- in it: when that message is the upload it searched for, the status poller takes the ZIP from here (the legal original,
-- signature checked as on any download) instead of downloading the message a second time (issue 14: at most one
-- download per message unless the download itself failed). Rows stored before this migration have none and are
-- downloaded as before. Same change as sqlite/0017_reconcile_download_zip.sql.
ALTER TABLE reconcile_downloads ADD COLUMN zip bytea;
