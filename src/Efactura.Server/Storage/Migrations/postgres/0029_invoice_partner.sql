-- An outgoing invoice may name one of its company's partners as its customer (issue 19, item 4): the partner it named.
-- The customer's data stays in input_json as filled from the partner when the invoice was posted.
ALTER TABLE invoices ADD COLUMN customer_partner_id uuid REFERENCES partners (id);
