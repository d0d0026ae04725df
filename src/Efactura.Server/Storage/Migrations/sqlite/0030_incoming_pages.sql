-- The dashboard's incoming pages (/app/incoming, /app/messages): the messages of one ANAF type, newest first, and a
-- received invoice by its number, each read in index order so a page of 50 never scans a tenant's other rows.
CREATE INDEX ix_spv_messages_tenant_type ON spv_messages (tenant_id, type, id);
CREATE INDEX ix_incoming_invoices_tenant_number ON incoming_invoices (tenant_id, number);
