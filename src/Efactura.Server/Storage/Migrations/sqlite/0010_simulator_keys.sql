-- Each tenant's in-process ANAF simulator signs its tokens and ZIPs with a key of its own, kept here (PKCS#12,
-- AES-GCM encrypted like the ANAF tokens), so tokens it issued stay valid after a restart.
CREATE TABLE simulator_keys (
    tenant_id    TEXT PRIMARY KEY REFERENCES tenants (id),
    certificate  BLOB NOT NULL,
    created_at   TEXT NOT NULL
);
