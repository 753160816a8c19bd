-- The office's server decides every role itself (cjeapp server-init, or server-secure for an
-- office moving from the shared seat role). Run by the database's owner; run again at each
-- upgrade, it changes nothing that is already in place.
--
-- Every function names pg_temp last in its search_path: a login's temporary table (were it
-- ever allowed one) never stands in for a real table in a function that runs as the owner.
--
-- Each staff member connects as a login of their own (named "<database>.<user name>"),
-- member of one group role per cjeapp role ("<database>:reception", …). Table and column
-- privileges (granted by the program, from its permission matrix) say what each group may
-- read and write. What no login writes directly — accounts, settings, the audit log — is
-- written by the functions below, which run with the owner's rights and first check the
-- caller's own group. The owner keeps the schema; no seat runs with it.

CREATE SCHEMA IF NOT EXISTS cjeapp_server;
REVOKE ALL ON SCHEMA cjeapp_server FROM PUBLIC;

-- Which login is which account (the server's record; only these functions write it).
CREATE TABLE IF NOT EXISTS cjeapp_server.logins (
    login name PRIMARY KEY,
    user_id varchar(36) NOT NULL UNIQUE
);
-- The permission matrix, as the program's (written by the program at set-up and upgrade).
CREATE TABLE IF NOT EXISTS cjeapp_server.grants (
    role text NOT NULL,
    permission text NOT NULL,
    PRIMARY KEY (role, permission)
);
-- Who writes which setting (the longest prefix that matches; "" for every other key).
CREATE TABLE IF NOT EXISTS cjeapp_server.setting_rights (
    prefix text PRIMARY KEY,
    permission text NOT NULL
);
-- Transactions that wrote their audit entry: a change of a record by a login commits only
-- with one (see require_audit).
CREATE TABLE IF NOT EXISTS cjeapp_server.audited (
    txid bigint PRIMARY KEY
);
REVOKE ALL ON ALL TABLES IN SCHEMA cjeapp_server FROM PUBLIC;

CREATE OR REPLACE FUNCTION cjeapp_server.group_name(p_role text) RETURNS name
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT (current_database() || ':' || p_role)::name
$$;

-- The login of a user name: "<database>.<name>", or, past PostgreSQL's 63 bytes, the
-- database's first 20 characters and a digest of both (the program computes the same).
CREATE OR REPLACE FUNCTION cjeapp_server.login_name(p_username text) RETURNS name
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN octet_length(current_database() || '.' || p_username) <= 63
        THEN (current_database() || '.' || p_username)::name
        ELSE (left(current_database(), 20) || '.' || left(encode(sha256(convert_to(
              current_database() || '.' || p_username, 'UTF8')), 'hex'), 24))::name END
$$;

-- The owner (or a superuser): the person who runs the server, not a seat.
CREATE OR REPLACE FUNCTION cjeapp_server.is_owner() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT session_user = (SELECT nspowner::regrole::name FROM pg_namespace
                           WHERE nspname = 'cjeapp_server')
        OR coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
$$;

-- The account behind this connection (NULL for the owner, or an account turned off).
CREATE OR REPLACE FUNCTION cjeapp_server.caller() RETURNS varchar
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT l.user_id FROM cjeapp_server.logins l JOIN users u ON u.id = l.user_id
    WHERE l.login = session_user AND u.active AND u.deleted_at IS NULL
$$;

CREATE OR REPLACE FUNCTION cjeapp_server.may(p_permission text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT cjeapp_server.is_owner() OR (cjeapp_server.caller() IS NOT NULL AND EXISTS (
        SELECT 1 FROM cjeapp_server.grants g
        WHERE g.permission = p_permission
          AND pg_has_role(session_user, cjeapp_server.group_name(g.role), 'MEMBER')))
$$;

CREATE OR REPLACE FUNCTION cjeapp_server.require(p_permission text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT cjeapp_server.may(p_permission) THEN
        RAISE EXCEPTION 'cjeapp: % may not do this (%)', session_user, p_permission
            USING ERRCODE = '42501';
    END IF;
END $$;

-- The login of an account, in step with its row: it exists, bears its name, may connect
-- while the account is active, and belongs to the group of its role (and of the person in
-- charge of personal information when designated) and to no other.
CREATE OR REPLACE FUNCTION cjeapp_server.sync_login(p_user_id varchar, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    account users;
    wanted name;
    known name;
    each_role text;
BEGIN
    SELECT * INTO account FROM users WHERE id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'cjeapp: no account %', p_user_id USING ERRCODE = '22023';
    END IF;
    wanted := cjeapp_server.login_name(account.username);
    SELECT login INTO known FROM cjeapp_server.logins WHERE user_id = p_user_id;
    IF known IS NULL THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
            -- a role of that name already exists (another database's, or anyone's): it is
            -- not taken over; the person who runs the server renames or drops it first
            RAISE EXCEPTION 'cjeapp: the role % already exists on this server', wanted
                USING ERRCODE = '42710';
        END IF;
        EXECUTE format('CREATE ROLE %I NOLOGIN', wanted);
        INSERT INTO cjeapp_server.logins (login, user_id) VALUES (wanted, p_user_id);
    ELSIF known <> wanted THEN
        EXECUTE format('ALTER ROLE %I RENAME TO %I', known, wanted);
        UPDATE cjeapp_server.logins SET login = wanted WHERE user_id = p_user_id;
    END IF;
    IF p_verifier IS NOT NULL THEN
        IF p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
            RAISE EXCEPTION 'cjeapp: a password is given to the server as a SCRAM verifier'
                USING ERRCODE = '22023';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', wanted, p_verifier);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', wanted,
                   CASE WHEN account.active AND account.deleted_at IS NULL
                        THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF NOT account.active OR account.deleted_at IS NOT NULL THEN
        FOR each_role IN SELECT DISTINCT role FROM cjeapp_server.grants LOOP
            EXECUTE format('REVOKE %I FROM %I', cjeapp_server.group_name(each_role), wanted);
        END LOOP;
        EXECUTE format('REVOKE %I FROM %I', cjeapp_server.group_name('staff'), wanted);
        BEGIN  -- what it has open ends too (when the owner may signal other sessions)
            PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE usename = wanted AND pid <> pg_backend_pid();
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;
        END;
        RETURN;
    END IF;
    EXECUTE format('GRANT %I TO %I', cjeapp_server.group_name('staff'), wanted);
    FOR each_role IN SELECT DISTINCT role FROM cjeapp_server.grants LOOP
        IF each_role = account.role
           OR (each_role = 'privacy_officer' AND account.privacy_officer) THEN
            EXECUTE format('GRANT %I TO %I', cjeapp_server.group_name(each_role), wanted);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', cjeapp_server.group_name(each_role), wanted);
        END IF;
    END LOOP;
END $$;

-- The audit log, written by the server only: the next position and the previous hash read
-- under the chain's lock (the same lock the program and the change log take), the time the
-- server's, the author the connection's own account, the hash computed here exactly as the
-- program verifies it (core/audit_chain.py).
CREATE OR REPLACE FUNCTION cjeapp_server.audit(p_id varchar, p_action text, p_entity text,
                                               p_entity_id varchar, p_details text,
                                               p_user_id varchar)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    author varchar;
    tip record;
    next_seq bigint;
    previous text;
    moment timestamp;
    digest text;
    content text;
BEGIN
    IF cjeapp_server.is_owner() THEN
        author := p_user_id;  -- the server's own tools: server-init, server-secure
    ELSE
        author := cjeapp_server.caller();
        IF author IS NULL THEN
            RAISE EXCEPTION 'cjeapp: % has no active account', session_user
                USING ERRCODE = '42501';
        END IF;
    END IF;
    IF p_action IS NULL OR p_entity IS NULL OR length(p_action) > 20 OR length(p_entity) > 40
       OR length(p_entity_id) > 36 OR p_id IS NULL OR length(p_id) > 36 THEN
        RAISE EXCEPTION 'cjeapp: an audit entry out of shape' USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('cjeapp:audit chain', 0));
    SELECT seq, chain_hash, at INTO tip FROM audit_log ORDER BY seq DESC LIMIT 1;
    IF FOUND THEN
        next_seq := tip.seq + 1;
        previous := tip.chain_hash;
        moment := greatest(clock_timestamp() AT TIME ZONE 'UTC', tip.at);
    ELSE
        next_seq := 1;
        previous := repeat('0', 64);
        moment := clock_timestamp() AT TIME ZONE 'UTC';
    END IF;
    digest := CASE WHEN p_details IS NULL THEN NULL
                   ELSE encode(sha256(convert_to(p_details, 'UTF8')), 'hex') END;
    content := '[' || to_json(previous)::text || ',' || next_seq::text || ','
        || to_json(p_id::text)::text || ','
        || to_json(to_char(moment, 'YYYY-MM-DD"T"HH24:MI:SS.US'))::text || ','
        || coalesce(to_json(author::text)::text, 'null') || ','
        || to_json(p_action)::text || ',' || to_json(p_entity)::text || ','
        || coalesce(to_json(p_entity_id::text)::text, 'null') || ','
        || coalesce(to_json(digest)::text, 'null') || ']';
    INSERT INTO audit_log (seq, prev_hash, chain_hash, id, at, user_id, action, entity,
                           entity_id, details, details_sha256)
    VALUES (next_seq, previous, encode(sha256(convert_to(content, 'UTF8')), 'hex'), p_id,
            moment, author, p_action, p_entity, p_entity_id, p_details, digest);
    INSERT INTO cjeapp_server.audited (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN next_seq;
END $$;

-- A record changed by a login commits only with the transaction's audit entry: no change
-- in plain SQL that the log does not hold (deferred to the end of the transaction).
CREATE OR REPLACE FUNCTION cjeapp_server.require_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT cjeapp_server.is_owner() AND NOT EXISTS (
            SELECT 1 FROM cjeapp_server.audited WHERE txid = txid_current()) THEN
        RAISE EXCEPTION 'cjeapp: a change of % without its audit entry', TG_TABLE_NAME
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END $$;

-- Accounts: made, changed and given a password only here, by whom the matrix allows.
CREATE OR REPLACE FUNCTION cjeapp_server.create_account(p_row jsonb, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    account users;
BEGIN
    PERFORM cjeapp_server.require('user.admin');
    account := jsonb_populate_record(NULL::users, p_row);
    IF account.id IS NULL OR account.username IS NULL
       OR account.username !~ '^[[:alnum:]._-]{1,60}$' OR account.username <> lower(account.username)
       OR account.role IN ('privacy_officer', 'staff')
       OR NOT EXISTS (SELECT 1 FROM cjeapp_server.grants WHERE role = account.role) THEN
        RAISE EXCEPTION 'cjeapp: an account out of shape' USING ERRCODE = '22023';
    END IF;
    IF account.privacy_officer THEN
        RAISE EXCEPTION 'cjeapp: designated once the account exists' USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM cjeapp_server.powerful_roles WHERE role = account.role) THEN
        PERFORM cjeapp_server.second_person('create', account.username, account.role);
    END IF;
    account.password_hash := 'server login';
    account.active := true;
    account.deleted_at := NULL;
    account.must_change_password := NOT cjeapp_server.is_owner()
                                    OR coalesce(account.must_change_password, true);
    account.last_login_at := NULL;
    account.updated_by := coalesce(cjeapp_server.caller(), account.updated_by);
    account.created_at := clock_timestamp() AT TIME ZONE 'UTC';
    account.updated_at := account.created_at;
    account.version := 1;
    INSERT INTO users SELECT account.*;
    PERFORM cjeapp_server.sync_login(account.id, p_verifier);
END $$;

CREATE OR REPLACE FUNCTION cjeapp_server.change_account(p_user_id varchar, p_changes jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    account users;
    key text;
BEGIN
    PERFORM cjeapp_server.require('user.admin');
    FOR key IN SELECT jsonb_object_keys(p_changes) LOOP
        IF key NOT IN ('full_name', 'role', 'active', 'privacy_officer', 'title_form',
                       'email', 'office_id', 'language') THEN
            RAISE EXCEPTION 'cjeapp: % of an account is not changed here', key
                USING ERRCODE = '42501';
        END IF;
    END LOOP;
    SELECT * INTO account FROM users WHERE id = p_user_id AND deleted_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'cjeapp: no account %', p_user_id USING ERRCODE = '22023';
    END IF;
    IF p_user_id = cjeapp_server.caller() AND (p_changes ? 'role' OR p_changes ? 'active'
                                               OR p_changes ? 'privacy_officer') THEN
        RAISE EXCEPTION 'cjeapp: nobody changes their own role' USING ERRCODE = '42501';
    END IF;
    IF p_changes ? 'role' AND NOT EXISTS (
            SELECT 1 FROM cjeapp_server.grants WHERE role = p_changes ->> 'role'
            AND role <> 'privacy_officer') THEN
        RAISE EXCEPTION 'cjeapp: no role %', p_changes ->> 'role' USING ERRCODE = '22023';
    END IF;
    IF p_changes ? 'role' AND p_changes ->> 'role' IS DISTINCT FROM account.role
       AND EXISTS (SELECT 1 FROM cjeapp_server.powerful_roles
                   WHERE role = p_changes ->> 'role') THEN
        PERFORM cjeapp_server.second_person('role', p_user_id, p_changes ->> 'role');
    END IF;
    IF coalesce((p_changes ->> 'privacy_officer')::boolean, false)
       AND NOT account.privacy_officer THEN
        PERFORM cjeapp_server.second_person('privacy_officer', p_user_id, 'true');
    END IF;
    UPDATE users SET
        full_name = coalesce(p_changes ->> 'full_name', full_name),
        role = coalesce(p_changes ->> 'role', role),
        active = coalesce((p_changes ->> 'active')::boolean, active),
        privacy_officer = coalesce((p_changes ->> 'privacy_officer')::boolean, privacy_officer),
        title_form = coalesce(p_changes ->> 'title_form', title_form),
        email = CASE WHEN p_changes ? 'email' THEN p_changes ->> 'email' ELSE email END,
        office_id = CASE WHEN p_changes ? 'office_id' THEN p_changes ->> 'office_id'
                         ELSE office_id END,
        language = coalesce(p_changes ->> 'language', language),
        updated_at = clock_timestamp() AT TIME ZONE 'UTC',
        updated_by = cjeapp_server.caller(),
        version = version + 1
    WHERE id = p_user_id;
    PERFORM cjeapp_server.sync_login(p_user_id, NULL);
END $$;

-- A new password: the caller's own (then no longer to be changed), or another's by the
-- administrator (a one-time password, to be changed at the next sign-in).
-- (p_own: the server's owner changing it for the person, with their current password.)
DROP FUNCTION IF EXISTS cjeapp_server.set_password(varchar, text);
CREATE OR REPLACE FUNCTION cjeapp_server.set_password(p_user_id varchar, p_verifier text,
                                                      p_own boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    own boolean := p_user_id = cjeapp_server.caller()
                   OR (cjeapp_server.is_owner() AND coalesce(p_own, false));
BEGIN
    IF NOT own THEN
        PERFORM cjeapp_server.require('user.admin');
        IF EXISTS (SELECT 1 FROM users u JOIN cjeapp_server.powerful_roles p
                   ON p.role = u.role WHERE u.id = p_user_id)
           OR EXISTS (SELECT 1 FROM users WHERE id = p_user_id AND privacy_officer) THEN
            PERFORM cjeapp_server.second_person('reset_password', p_user_id, '');
        END IF;
    END IF;
    UPDATE users SET must_change_password = NOT own,
                     updated_at = clock_timestamp() AT TIME ZONE 'UTC',
                     updated_by = coalesce(cjeapp_server.caller(), updated_by),
                     version = version + 1
    WHERE id = p_user_id AND deleted_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'cjeapp: no account %', p_user_id USING ERRCODE = '22023';
    END IF;
    PERFORM cjeapp_server.sync_login(p_user_id, p_verifier);
END $$;

-- When the person last came in: theirs only, not a change of their account.
CREATE OR REPLACE FUNCTION cjeapp_server.signed_in() RETURNS varchar
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me varchar := cjeapp_server.caller();
BEGIN
    UPDATE users SET last_login_at = clock_timestamp() AT TIME ZONE 'UTC' WHERE id = me;
    RETURN me;
END $$;

-- A setting written by whom its key allows (the longest prefix of setting_rights).
CREATE OR REPLACE FUNCTION cjeapp_server.put_setting(p_id varchar, p_key text, p_value text,
                                                     p_effective_from date)
RETURNS varchar LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    needed text;
    found_id varchar;
BEGIN
    SELECT permission INTO needed FROM cjeapp_server.setting_rights
    WHERE p_key LIKE replace(replace(prefix, '%', '\%'), '_', '\_') || '%'
    ORDER BY length(prefix) DESC LIMIT 1;
    PERFORM cjeapp_server.require(coalesce(needed, 'settings.admin'));
    IF p_key IS NULL OR length(p_key) > 80 OR p_value IS NULL THEN
        RAISE EXCEPTION 'cjeapp: a setting out of shape' USING ERRCODE = '22023';
    END IF;
    SELECT id INTO found_id FROM settings
    WHERE key = p_key AND deleted_at IS NULL
      AND effective_from IS NOT DISTINCT FROM p_effective_from FOR UPDATE;
    IF found_id IS NULL THEN
        INSERT INTO settings (id, key, value, effective_from, created_at, updated_at,
                              updated_by, version)
        VALUES (p_id, p_key, p_value, p_effective_from, clock_timestamp() AT TIME ZONE 'UTC',
                clock_timestamp() AT TIME ZONE 'UTC', cjeapp_server.caller(), 1);
        RETURN p_id;
    END IF;
    UPDATE settings SET value = p_value, updated_at = clock_timestamp() AT TIME ZONE 'UTC',
                        updated_by = cjeapp_server.caller(), version = version + 1
    WHERE id = found_id;
    RETURN found_id;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cjeapp_server FROM PUBLIC;

-- What the log wrote about a destroyed person erased (Law 25): only by whom may destroy,
-- only once the person's file is destroyed; who did what, and when, stays (and the chain,
-- which seals the details by their digest).
CREATE OR REPLACE FUNCTION cjeapp_server.erase_details(p_client_id varchar,
                                                       p_record_ids varchar[])
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    erased bigint;
BEGIN
    PERFORM cjeapp_server.require('privacy.admin');
    IF NOT EXISTS (SELECT 1 FROM clients WHERE id = p_client_id
                   AND destroyed_on IS NOT NULL) THEN
        RAISE EXCEPTION 'cjeapp: only a destroyed file''s trail is erased'
            USING ERRCODE = '42501';
    END IF;
    UPDATE audit_log SET details = NULL
    WHERE details IS NOT NULL
      AND (entity_id = p_client_id OR strpos(details, p_client_id) > 0
           OR (entity_id = ANY (p_record_ids)
               AND entity NOT IN ('users', 'settings', 'audit_log', 'organizations',
                                  'offices', 'exchange_replicas', 'database')));
    GET DIAGNOSTICS erased = ROW_COUNT;
    PERFORM cjeapp_server.audit(gen_random_uuid()::text, 'erase_details', 'clients',
                                p_client_id, json_build_object('entries', erased)::text,
                                NULL);
    RETURN erased;
END $$;
REVOKE ALL ON FUNCTION cjeapp_server.erase_details(varchar, varchar[]) FROM PUBLIC;

-- Rows numbered anew for a laptop's next file (as the change log's trigger numbers a
-- change), without changing them: by whom exchanges, for the tables that travel.
CREATE OR REPLACE FUNCTION cjeapp_server.renumber(p_table text, p_ids varchar[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT (cjeapp_server.may('exchange.run') OR cjeapp_server.may('exchange.admin')) THEN
        RAISE EXCEPTION 'cjeapp: % may not exchange', session_user USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgname = 'change_log_' || p_table
                   AND tgrelid = to_regclass('public.' || quote_ident(p_table))) THEN
        RAISE EXCEPTION 'cjeapp: % does not travel', p_table USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('cjeapp:audit chain', 0));
    EXECUTE format(  -- only rows that exist in that table
        'INSERT INTO public.change_log (table_name, row_id, seq) '
        'SELECT %L, t.id, nextval(''public.change_seq'') FROM public.%I t '
        'WHERE t.id = ANY ($1) '
        'ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq',
        p_table, p_table) USING p_ids;
END $$;
REVOKE ALL ON FUNCTION cjeapp_server.renumber(text, varchar[]) FROM PUBLIC;

-- Power takes two people, on the server too (core/staff/second_person.py): giving a
-- powerful role, resetting a powerful account's password and designating the person in
-- charge of personal information need the confirmation of a second person of that power,
-- made on their own connection (the program connects as them with the password they type
-- on the administrator's screen) within ten minutes, for that act on that account, once.
CREATE TABLE IF NOT EXISTS cjeapp_server.powerful_roles (role text PRIMARY KEY);
CREATE TABLE IF NOT EXISTS cjeapp_server.confirmations (
    id bigserial PRIMARY KEY,
    act text NOT NULL,
    target text NOT NULL,
    value text NOT NULL,
    by_user varchar(36) NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    used boolean NOT NULL DEFAULT false
);
REVOKE ALL ON cjeapp_server.powerful_roles, cjeapp_server.confirmations FROM PUBLIC;

CREATE OR REPLACE FUNCTION cjeapp_server.confirm(p_act text, p_target text, p_value text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM cjeapp_server.require('privacy.admin');
    IF cjeapp_server.caller() IS NULL THEN
        RAISE EXCEPTION 'cjeapp: only a person confirms' USING ERRCODE = '42501';
    END IF;
    INSERT INTO cjeapp_server.confirmations (act, target, value, by_user)
    VALUES (p_act, p_target, coalesce(p_value, ''), cjeapp_server.caller());
END $$;

CREATE OR REPLACE FUNCTION cjeapp_server.second_person(p_act text, p_target text,
                                                       p_value text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    found bigint;
BEGIN
    IF cjeapp_server.is_owner() OR NOT EXISTS (
            SELECT 1 FROM users WHERE role = 'director' OR privacy_officer) THEN
        RETURN;  -- the server's own tools; or nobody ever to confirm (a new organization)
    END IF;
    SELECT id INTO found FROM cjeapp_server.confirmations
    WHERE act = p_act AND target = p_target AND value = coalesce(p_value, '') AND NOT used
      AND by_user IS DISTINCT FROM cjeapp_server.caller()
      AND at > now() - interval '10 minutes'
    ORDER BY id LIMIT 1 FOR UPDATE;
    IF found IS NULL THEN
        RAISE EXCEPTION 'cjeapp: % needs a second person''s confirmation', p_act
            USING ERRCODE = '42501';
    END IF;
    UPDATE cjeapp_server.confirmations SET used = true WHERE id = found;
END $$;
REVOKE ALL ON FUNCTION cjeapp_server.confirm(text, text, text),
    cjeapp_server.second_person(text, text, text) FROM PUBLIC;

-- The sign-ins the server refused (a wrong password, an unknown name), newest first, from
-- its own log, for the administrator: this database's logins only. Readable when the
-- server logs to files and its owner may read them (GRANT pg_read_server_files, pg_monitor
-- TO the owner: the README says so); otherwise said in a sentence, never guessed.
DROP FUNCTION IF EXISTS cjeapp_server.refused_sign_ins(integer);
CREATE OR REPLACE FUNCTION cjeapp_server.refused_sign_ins(p_limit integer)
RETURNS TABLE (refused_at timestamptz, username text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    logfile text;
    size bigint;
    content text;
BEGIN
    PERFORM cjeapp_server.require('user.admin');
    BEGIN
        logfile := pg_current_logfile();
        size := (pg_stat_file(logfile)).size;
        content := pg_read_file(logfile, greatest(size - 4000000, 0), 4000000);
    EXCEPTION WHEN OTHERS THEN
        content := NULL;
    END;
    IF content IS NULL THEN
        RAISE EXCEPTION 'cjeapp: the server''s log cannot be read here'
            USING ERRCODE = '58P01';
    END IF;
    RETURN QUERY
    -- the log's time with its zone (log_line_prefix's %m), read by the server itself
    SELECT hit[1]::timestamptz, coalesce(u.username::text, substr(hit[2], length(current_database()) + 2))
    FROM regexp_matches(content,
        '(?n)^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?(?: \S+)?) \[\d+\] FATAL:  '
        'password authentication failed for user "([^"]+)"', 'g') AS hit
    LEFT JOIN cjeapp_server.logins l ON l.login = hit[2]
    LEFT JOIN users u ON u.id = l.user_id
    WHERE starts_with(hit[2], current_database() || '.')
    ORDER BY 1 DESC
    LIMIT p_limit;
END $$;
REVOKE ALL ON FUNCTION cjeapp_server.refused_sign_ins(integer) FROM PUBLIC;

-- The chain's head (its last position and hash), for the anchors every login's work writes
-- (an exchange file, a funder package): no entry's content, so every login may read it.
CREATE OR REPLACE FUNCTION cjeapp_server.chain_head()
RETURNS TABLE (seq bigint, chain_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT a.seq::bigint, a.chain_hash::text FROM audit_log a ORDER BY a.seq DESC LIMIT 1
$$;
REVOKE ALL ON FUNCTION cjeapp_server.chain_head() FROM PUBLIC;


-- The organization's secrets in settings, read only by whom uses them: the signing key by
-- whom issues documents, exports packages or seals the log; the pseudonym key by whom
-- exports or checks packages. Every other setting, every login (row-level security; the
-- owner's functions are not subject to it).
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS cjeapp_settings_read ON settings;
CREATE POLICY cjeapp_settings_read ON settings FOR SELECT USING (
    key NOT IN ('reporting.signing_key', 'reporting.pseudonym_key')
    OR (key = 'reporting.signing_key' AND (cjeapp_server.may('document.issue')
        OR cjeapp_server.may('funder.export') OR cjeapp_server.may('privacy.admin')))
    OR (key = 'reporting.pseudonym_key' AND (cjeapp_server.may('funder.export')
        OR cjeapp_server.may('report.read'))));


-- Each login sets up its own key pair only (core.custody): a public key planted in a
-- colleague's name would have the secrets sealed to whom planted it. Whom exchanges
-- applies a laptop's rows (its counsellor's key pair, made there); whom keeps accounts
-- lays a reset account's key pairs to rest (a row laid to rest is never used again).
ALTER TABLE key_holders ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS cjeapp_holders_read ON key_holders;
CREATE POLICY cjeapp_holders_read ON key_holders FOR SELECT USING (true);
DROP POLICY IF EXISTS cjeapp_holders_add ON key_holders;
CREATE POLICY cjeapp_holders_add ON key_holders FOR INSERT WITH CHECK (
    user_id = cjeapp_server.caller() OR cjeapp_server.may('exchange.run'));
DROP POLICY IF EXISTS cjeapp_holders_change ON key_holders;
CREATE POLICY cjeapp_holders_change ON key_holders FOR UPDATE
    USING (user_id = cjeapp_server.caller() OR cjeapp_server.may('exchange.run')
           OR cjeapp_server.may('user.admin'))
    WITH CHECK (user_id = cjeapp_server.caller() OR cjeapp_server.may('exchange.run')
                OR (deleted_at IS NOT NULL AND cjeapp_server.may('user.admin')));
