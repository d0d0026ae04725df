-- Each tenant's in-process ANAF simulator signs its tokens and ZIPs with a key of its own, kept here (PKCS#12,
-- AES-GCM encrypted like the ANAF tokens), so tokens it issued stay valid after a restart.
CREATE TABLE simulator_keys (
    tenant_id    uuid PRIMARY KEY REFERENCES tenants (id),
    certificate  bytea NOT NULL,
    created_at   timestamptz NOT NULL
);
