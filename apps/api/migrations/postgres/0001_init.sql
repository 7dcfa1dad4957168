-- Minga request service, PostgreSQL schema version 1.

CREATE TABLE staff (
  id BIGSERIAL PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE requests (
  id BIGSERIAL PRIMARY KEY,
  code TEXT NOT NULL CONSTRAINT requests_code_key UNIQUE,
  access_key_hash TEXT NOT NULL,
  idempotency_key TEXT NOT NULL CONSTRAINT requests_idempotency_key_key UNIQUE,
  received_at TIMESTAMPTZ NOT NULL,
  -- Calendar year of receipt in America/Guayaquil (reports by year).
  received_year INTEGER NOT NULL,
  due_at TIMESTAMPTZ NOT NULL,
  extended_due_at TIMESTAMPTZ NOT NULL,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  payload JSONB NOT NULL,
  proof JSONB,
  status TEXT NOT NULL,
  extended BOOLEAN NOT NULL DEFAULT FALSE,
  closed_at TIMESTAMPTZ,
  reserved_index_ref TEXT,
  updated_at TIMESTAMPTZ NOT NULL,
  -- Code, name, email and description without accents, lower-cased (search).
  search TEXT NOT NULL
);
CREATE INDEX requests_year ON requests (received_year, received_at);
CREATE INDEX requests_status ON requests (status);

CREATE TABLE request_history (
  id BIGSERIAL PRIMARY KEY,
  request_id BIGINT NOT NULL REFERENCES requests (id),
  status TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  note TEXT,
  staff_id BIGINT REFERENCES staff (id),
  answer_url TEXT,
  answer_file JSONB
);
CREATE INDEX request_history_request ON request_history (request_id, id);

-- The history is append-only: no change, no deletion, no truncation.
CREATE FUNCTION request_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'request_history is append-only';
END;
$$;
CREATE TRIGGER request_history_no_change BEFORE UPDATE OR DELETE ON request_history
  FOR EACH ROW EXECUTE FUNCTION request_history_append_only();
CREATE TRIGGER request_history_no_truncate BEFORE TRUNCATE ON request_history
  FOR EACH STATEMENT EXECUTE FUNCTION request_history_append_only();

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  staff_id BIGINT NOT NULL REFERENCES staff (id),
  csrf_token TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE reminders (
  request_id BIGINT NOT NULL REFERENCES requests (id),
  kind TEXT NOT NULL,
  sent_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (request_id, kind)
);
