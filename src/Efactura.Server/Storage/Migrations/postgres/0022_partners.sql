-- Partners and products (issue 19, item 4): each received invoice's supplier is a partner of the receiving company,
-- its lines the partner's products. A row keeps what the newest invoice (issue date, then ANAF's time) said.
CREATE TABLE partners (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenants (id),
    company_id       uuid NOT NULL REFERENCES companies (id),
    identifier       text NOT NULL,
    vat_identifier   text,
    name             text NOT NULL,
    street           text,
    city             text,
    county           text,
    postal_code      text,
    country_code     text NOT NULL,
    iban             text,
    trade_register   text,
    search_text      text NOT NULL,
    last_issue_date  date NOT NULL,
    last_received_at timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (company_id, identifier)
);
CREATE INDEX ix_partners_tenant_company ON partners (tenant_id, company_id, id);

CREATE TABLE partner_products (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenants (id),
    partner_id       uuid NOT NULL REFERENCES partners (id),
    item_key         text NOT NULL,
    sellers_item_id  text,
    name             text NOT NULL,
    unit_code        text NOT NULL,
    unit_price       numeric NOT NULL,
    base_quantity    numeric,
    currency         text NOT NULL,
    cpv_code         text,
    nc_code          text,
    search_text      text NOT NULL,
    last_issue_date  date NOT NULL,
    last_received_at timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (partner_id, item_key)
);
CREATE INDEX ix_partner_products_partner ON partner_products (tenant_id, partner_id, id);
