-- The outcome of checking ANAF's signature on the ZIP of an invoice's verdict and of a received invoice: 'verified'
-- (valid, by ANAF's pinned certificate valid when it signed), 'unknown-signer' (valid, someone else's certificate) or
-- 'invalid'; NULL until a ZIP was downloaded (or for rows stored before the check was recorded). The ZIP itself is
-- stored whatever the outcome: it is what ANAF sent. Same columns in both dialects.
ALTER TABLE invoices ADD COLUMN signature TEXT;
ALTER TABLE incoming_invoices ADD COLUMN signature TEXT;
