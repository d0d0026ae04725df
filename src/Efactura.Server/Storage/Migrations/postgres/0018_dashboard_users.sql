-- Dashboard users (the /app pages): one email across the server, a role, a password hash (ASP.NET Core's
-- PasswordHasher: PBKDF2, salted) or none until set through a one-time link (only the link's SHA-256 is stored),
-- failed sign-ins counted for the lockout. An accountant sees the companies assigned in dashboard_user_companies.
CREATE TABLE dashboard_users (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenants (id),
    email            text NOT NULL UNIQUE,
    role             text NOT NULL CHECK (role IN ('owner', 'accountant', 'viewer')),
    password_hash    text,
    failed_sign_ins  integer NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    link_hash        text UNIQUE,
    link_expires_at  timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX ix_dashboard_users_tenant ON dashboard_users (tenant_id, id);

CREATE TABLE dashboard_user_companies (
    user_id     uuid NOT NULL REFERENCES dashboard_users (id) ON DELETE CASCADE,
    company_id  uuid NOT NULL REFERENCES companies (id),
    PRIMARY KEY (user_id, company_id)
);
