-- Minga request service, SQLite schema version 1. Times are ISO 8601 UTC text.

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE requests (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  access_key_hash TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  received_at TEXT NOT NULL,
  -- Calendar year of receipt in America/Guayaquil (reports by year).
  received_year INTEGER NOT NULL,
  due_at TEXT NOT NULL,
  extended_due_at TEXT NOT NULL,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  payload TEXT NOT NULL,
  proof TEXT,
  status TEXT NOT NULL,
  extended INTEGER NOT NULL DEFAULT 0,
  closed_at TEXT,
  reserved_index_ref TEXT,
  updated_at TEXT NOT NULL,
  -- Code, name, email and description without accents, lower-cased (search).
  search TEXT NOT NULL
);
CREATE INDEX requests_year ON requests (received_year, received_at);
CREATE INDEX requests_status ON requests (status);

CREATE TABLE request_history (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES requests (id),
  status TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT,
  staff_id INTEGER REFERENCES staff (id),
  answer_url TEXT,
  answer_file TEXT
);
CREATE INDEX request_history_request ON request_history (request_id, id);

-- The history is append-only: no change, no deletion.
CREATE TRIGGER request_history_no_update BEFORE UPDATE ON request_history
BEGIN
  SELECT RAISE(ABORT, 'request_history is append-only');
END;
CREATE TRIGGER request_history_no_delete BEFORE DELETE ON request_history
BEGIN
  SELECT RAISE(ABORT, 'request_history is append-only');
END;

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE reminders (
  request_id INTEGER NOT NULL REFERENCES requests (id),
  kind TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (request_id, kind)
);
