-- Partners and products (issue 19, item 4): each received invoice's supplier is a partner of the receiving company,
-- its lines the partner's products. A row keeps what the newest invoice (issue date, then ANAF's time) said.
CREATE TABLE partners (
    id               TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL REFERENCES tenants (id),
    company_id       TEXT NOT NULL REFERENCES companies (id),
    identifier       TEXT NOT NULL,
    vat_identifier   TEXT,
    name             TEXT NOT NULL,
    street           TEXT,
    city             TEXT,
    county           TEXT,
    postal_code      TEXT,
    country_code     TEXT NOT NULL,
    iban             TEXT,
    trade_register   TEXT,
    search_text      TEXT NOT NULL,
    last_issue_date  date NOT NULL,
    last_received_at TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (company_id, identifier)
);
CREATE INDEX ix_partners_tenant_company ON partners (tenant_id, company_id, id);

CREATE TABLE partner_products (
    id               TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL REFERENCES tenants (id),
    partner_id       TEXT NOT NULL REFERENCES partners (id),
    item_key         TEXT NOT NULL,
    sellers_item_id  TEXT,
    name             TEXT NOT NULL,
    unit_code        TEXT NOT NULL,
    unit_price       TEXT NOT NULL,
    base_quantity    TEXT,
    currency         TEXT NOT NULL,
    cpv_code         TEXT,
    nc_code          TEXT,
    search_text      TEXT NOT NULL,
    last_issue_date  date NOT NULL,
    last_received_at TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (partner_id, item_key)
);
CREATE INDEX ix_partner_products_partner ON partner_products (tenant_id, partner_id, id);
