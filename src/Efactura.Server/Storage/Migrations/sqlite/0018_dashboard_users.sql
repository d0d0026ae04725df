-- Dashboard users (the /app pages): one email across the server, a role, a password hash (ASP.NET Core's
-- PasswordHasher: PBKDF2, salted) or none until set through a one-time link (only the link's SHA-256 is stored),
-- failed sign-ins counted for the lockout. An accountant sees the companies assigned in dashboard_user_companies.
CREATE TABLE dashboard_users (
    id               TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL REFERENCES tenants (id),
    email            TEXT NOT NULL UNIQUE,
    role             TEXT NOT NULL CHECK (role IN ('owner', 'accountant', 'viewer')),
    password_hash    TEXT,
    failed_sign_ins  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,
    link_hash        TEXT UNIQUE,
    link_expires_at  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX ix_dashboard_users_tenant ON dashboard_users (tenant_id, id);

CREATE TABLE dashboard_user_companies (
    user_id     TEXT NOT NULL REFERENCES dashboard_users (id) ON DELETE CASCADE,
    company_id  TEXT NOT NULL REFERENCES companies (id),
    PRIMARY KEY (user_id, company_id)
);
