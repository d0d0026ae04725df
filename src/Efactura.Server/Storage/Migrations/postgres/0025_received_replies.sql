-- The buyers' replies (RASP, anaf-api.md §10) a supplier company receives as SPV messages of type MESAJ CUMPARATOR
-- (issue 19, item 3): one row per message (its download read), naming the answered invoice by its upload index. The
-- outgoing invoice it answers is found by that index (invoices.index_incarcare of the same company); a reply whose
-- invoice we do not know is kept all the same.
CREATE TABLE received_replies (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id),
    company_id      uuid NOT NULL REFERENCES companies (id),
    spv_message_id  uuid NOT NULL REFERENCES spv_messages (id),
    answered_index  text NOT NULL,
    text            text NOT NULL,
    reply_index     text,
    listed_at       timestamptz NOT NULL,
    created_at      timestamptz NOT NULL
);

CREATE UNIQUE INDEX ux_received_replies_message ON received_replies (spv_message_id);
CREATE INDEX ix_received_replies_answered ON received_replies (company_id, answered_index, id);
CREATE INDEX ix_received_replies_tenant ON received_replies (tenant_id, company_id, id);

-- Buyers' messages recorded before this version were never due for download: those ANAF still keeps (60 days from its
-- data_creare) become due now; older ones are gone from ANAF and stay as they are.
UPDATE spv_messages SET next_attempt_at = created_at
WHERE type LIKE 'MESAJ CUMPARATOR%' AND downloaded_at IS NULL AND next_attempt_at IS NULL
  AND anaf_created_at >= now() - interval '60 days';
