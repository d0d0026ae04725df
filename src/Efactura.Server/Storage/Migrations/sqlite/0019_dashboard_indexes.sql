-- The dashboard's triage lists (Storage/Dashboard/DashboardRepository.cs) pick the newest or oldest 50 invoices of a few
-- states: these indexes hold everything that choice reads, so it never touches the invoices' rows (and their JSON).
CREATE INDEX ix_invoices_tenant_state_updated ON invoices (tenant_id, state, updated_at, company_id, id);
CREATE INDEX ix_invoices_tenant_state_issue_date ON invoices (tenant_id, state, issue_date, company_id, id);
