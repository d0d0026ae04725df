-- What each tenant's in-process ANAF simulator must keep across a restart (issue 15), beside its key (0010): the uploads
-- it accepted, from which it rebuilds every message, list entry and download (received invoices included); the
-- certificate holders who logged in through its form; and the refresh tokens already redeemed, by SHA-256 of their
-- jti (no token is stored: access tokens are checked with the key). Same tables as sqlite/0023_simulator_state.sql.
CREATE TABLE simulator_uploads (
    tenant_id        uuid NOT NULL REFERENCES tenants (id),
    environment      text NOT NULL CHECK (environment IN ('test', 'prod')),
    upload_index     bigint NOT NULL,
    download_id      bigint NOT NULL,
    standard         text NOT NULL CHECK (standard IN ('ubl', 'cn', 'cii', 'rasp')),
    cif              text NOT NULL,
    seller_cif       text,
    buyer_cif        text,
    document_number  text,
    document         bytea NOT NULL,
    accepted_at      timestamptz NOT NULL,
    processed_at     timestamptz NOT NULL,
    verdict          text NOT NULL CHECK (verdict IN ('accepted', 'rejected', 'nottaken')),
    errors           text NOT NULL,
    self_billed      boolean NOT NULL,
    answered_index   bigint,
    PRIMARY KEY (tenant_id, environment, upload_index)
);

CREATE TABLE simulator_holders (
    tenant_id  uuid NOT NULL REFERENCES tenants (id),
    serial     text NOT NULL,
    cuis       text NOT NULL,
    PRIMARY KEY (tenant_id, serial)
);

CREATE TABLE simulator_spent_refresh_tokens (
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    token_hash  text NOT NULL,
    expires_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, token_hash)
);
