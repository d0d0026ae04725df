-- The owner's user pages and the companies list (issue 18, items 1 and 3): when a user last signed in, when an owner
-- disabled them (a disabled user cannot sign in; their session ends at the next request), and per company when ANAF
-- last answered one of its calls with success (2xx), so a silent connection shows on the list.
ALTER TABLE dashboard_users ADD COLUMN last_sign_in_at timestamptz;
ALTER TABLE dashboard_users ADD COLUMN disabled_at timestamptz;
ALTER TABLE companies ADD COLUMN last_anaf_success_at timestamptz;
