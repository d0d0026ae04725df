-- The invoices the reconciler read from ANAF messages it downloaded, per company and download id. ANAF allows 10
-- downloads of a message a day, and a reconciliation searches the same unclaimed messages every few minutes, from
-- every node and after every restart: a message downloaded once is read from here afterwards, so a process that is
-- restarted again and again does not spend the message's daily quota and leave the invoice waiting a day. Only the
-- invoice XML is kept (what the reconciler compares), not ANAF's ZIP; rows are removed some days after the download,
-- when no search looks back that far. The primary key makes a second store of a message (another node or round) a
-- no-op. Same tables as postgres/0006_reconcile_downloads.sql.
CREATE TABLE reconcile_downloads (
    company_id     TEXT NOT NULL REFERENCES companies (id),
    download_id    INTEGER NOT NULL,
    document       BLOB NOT NULL,
    downloaded_at  TEXT NOT NULL,
    PRIMARY KEY (company_id, download_id)
);
CREATE INDEX ix_reconcile_downloads_downloaded_at ON reconcile_downloads (downloaded_at);
