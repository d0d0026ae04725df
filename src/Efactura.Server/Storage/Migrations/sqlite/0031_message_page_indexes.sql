-- The dashboard's messages list (/app/messages) walks a tenant's messages newest first in index order and stops after
-- one page; the companies overview reads each company's last download from the index instead of its messages.
CREATE INDEX ix_spv_messages_tenant_newest ON spv_messages (tenant_id, id);
CREATE INDEX ix_spv_messages_company_downloaded ON spv_messages (company_id, downloaded_at);
