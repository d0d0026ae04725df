-- What each tenant's in-process ANAF simulator must keep across a restart (issue 15), beside its key (0010): the uploads
-- it accepted, from which it rebuilds every message, list entry and download (received invoices included); the
-- certificate holders who logged in through its form; and the refresh tokens already redeemed, by SHA-256 of their
-- jti (no token is stored: access tokens are checked with the key). Same tables as postgres/0023_simulator_state.sql.
CREATE TABLE simulator_uploads (
    tenant_id        TEXT NOT NULL REFERENCES tenants (id),
    environment      TEXT NOT NULL CHECK (environment IN ('test', 'prod')),
    upload_index     INTEGER NOT NULL,
    download_id      INTEGER NOT NULL,
    standard         TEXT NOT NULL CHECK (standard IN ('ubl', 'cn', 'cii', 'rasp')),
    cif              TEXT NOT NULL,
    seller_cif       TEXT,
    buyer_cif        TEXT,
    document_number  TEXT,
    document         BLOB NOT NULL,
    accepted_at      TEXT NOT NULL,
    processed_at     TEXT NOT NULL,
    verdict          TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected', 'nottaken')),
    errors           TEXT NOT NULL,
    self_billed      INTEGER NOT NULL,
    answered_index   INTEGER,
    PRIMARY KEY (tenant_id, environment, upload_index)
);

CREATE TABLE simulator_holders (
    tenant_id  TEXT NOT NULL REFERENCES tenants (id),
    serial     TEXT NOT NULL,
    cuis       TEXT NOT NULL,
    PRIMARY KEY (tenant_id, serial)
);

CREATE TABLE simulator_spent_refresh_tokens (
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    token_hash  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    PRIMARY KEY (tenant_id, token_hash)
);
