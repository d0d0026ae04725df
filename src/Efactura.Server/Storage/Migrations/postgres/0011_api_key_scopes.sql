-- API keys get a name, a scope (read: GET only; write: everything) and an optional expiry. Existing keys keep
-- working as they did: scope write, no expiry.
ALTER TABLE api_keys ADD COLUMN name text NOT NULL DEFAULT '';
ALTER TABLE api_keys ADD COLUMN scope text NOT NULL DEFAULT 'write' CHECK (scope IN ('read', 'write'));
ALTER TABLE api_keys ADD COLUMN expires_at timestamptz;
