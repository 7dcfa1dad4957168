-- Issue 25: sessions record the password version they were made with; staff can be unlocked
-- from the CLI; a create remembers a hash of its body (same Idempotency-Key + other body → 422).
ALTER TABLE staff ADD COLUMN password_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE staff ADD COLUMN unlocked_at TEXT;
ALTER TABLE sessions ADD COLUMN password_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE requests ADD COLUMN body_hash TEXT;
CREATE INDEX sessions_staff ON sessions (staff_id);
