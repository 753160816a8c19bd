-- EARLIER VERSIONS ONLY. An office now gives each person their own login and the server
-- decides every role (cjeapp server-init; an office on this shared role moves with
-- cjeapp server-secure, which drops it). Kept for the offices that have not moved yet.
--
-- The role every seat of the office connects with: it reads and writes the office's
-- records and nothing more. It cannot change the schema, drop or disable the audit log's
-- triggers (so the log cannot be rewritten from a seat), delete a record (deletions are
-- tombstones), or upgrade the database (the owner's role does that, by connecting once
-- with the new version of the program).
--
-- Run it as the database's owner (the role that ran `cjeapp server-init`), once, in the
-- program's database, after creating the seat's role:
--   CREATE ROLE cjeapp_seat LOGIN PASSWORD '…';       -- as a superuser
--   psql "postgresql://OWNER@HOST/cjeapp" -f seat-role.sql
-- Seats then connect with postgresql://cjeapp_seat@HOST/cjeapp?sslmode=require.

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO cjeapp_seat;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO cjeapp_seat;
-- The two tables whose rows really go: the failed sign-ins forgotten after a good one,
-- and the search index the clients' trigger rewrites (it runs with the seat's rights).
GRANT DELETE ON sign_in_throttle, client_search TO cjeapp_seat;
-- Only the owner moves the schema's version.
REVOKE INSERT, UPDATE ON alembic_version FROM cjeapp_seat;
-- Tables later versions add: the same rights, without running this again.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO cjeapp_seat;
