-- efactura schema, version 3 (SQLite): the one-time values of the ANAF OAuth connection, the same tables as
-- postgres/0003_anaf_authorizations.sql. Only SHA-256 hashes of the values are stored (they are 256 random
-- bits, so a fast hash is enough): whoever reads the database cannot finish anyone's consent.

-- Links a tenant hands to another device (whoever holds the certificate) to connect one company.
-- Single use: used_at is set when a consent started from the link completes.
CREATE TABLE anaf_token_links (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    company_id  TEXT NOT NULL REFERENCES companies (id),
    link_hash   TEXT NOT NULL UNIQUE,
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX ix_anaf_token_links_expiry ON anaf_token_links (expires_at);

-- The OAuth state of each authorize redirect: which company the callback's code is for, and the
-- redirect_uri the code was issued to (the token exchange must repeat it). Single use, short-lived.
CREATE TABLE anaf_oauth_states (
    id              TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL REFERENCES tenants (id),
    company_id      TEXT NOT NULL REFERENCES companies (id),
    state_hash      TEXT NOT NULL UNIQUE,
    redirect_uri    TEXT NOT NULL,
    token_link_id   TEXT REFERENCES anaf_token_links (id),
    expires_at      TEXT NOT NULL,
    used_at         TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX ix_anaf_oauth_states_expiry ON anaf_oauth_states (expires_at);
