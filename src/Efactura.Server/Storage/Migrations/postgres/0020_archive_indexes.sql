-- The archive export (issue 19, item 5) reads a company's invoices of a period in issue-date order, a page at a time.
CREATE INDEX ix_invoices_company_issue_date ON invoices (company_id, issue_date, id);
CREATE INDEX ix_incoming_invoices_company_issue_date ON incoming_invoices (company_id, issue_date, id);
