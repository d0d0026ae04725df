-- efactura schema, version 3 (PostgreSQL): the one-time values of the ANAF OAuth connection, the same tables as
-- sqlite/0003_anaf_authorizations.sql. Only SHA-256 hashes of the values are stored (they are 256 random
-- bits, so a fast hash is enough): whoever reads the database cannot finish anyone's consent.

-- Links a tenant hands to another device (whoever holds the certificate) to connect one company.
-- Single use: used_at is set when a consent started from the link completes.
CREATE TABLE anaf_token_links (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    company_id  uuid NOT NULL REFERENCES companies (id),
    link_hash   text NOT NULL UNIQUE,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL
);
CREATE INDEX ix_anaf_token_links_expiry ON anaf_token_links (expires_at);

-- The OAuth state of each authorize redirect: which company the callback's code is for, and the
-- redirect_uri the code was issued to (the token exchange must repeat it). Single use, short-lived.
CREATE TABLE anaf_oauth_states (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id),
    company_id      uuid NOT NULL REFERENCES companies (id),
    state_hash      text NOT NULL UNIQUE,
    redirect_uri    text NOT NULL,
    token_link_id   uuid REFERENCES anaf_token_links (id),
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz,
    created_at      timestamptz NOT NULL
);
CREATE INDEX ix_anaf_oauth_states_expiry ON anaf_oauth_states (expires_at);
