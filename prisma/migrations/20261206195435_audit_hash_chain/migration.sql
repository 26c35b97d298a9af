-- Tamper-evident audit trail (lib/audit/README.md). Every AuditEvent carries its
-- position in its workspace's chain ("chainSeq": 1, 2, …), the previous event's
-- hash and its own SHA-256 over a canonical serialization of its content. The
-- database computes them in a BEFORE INSERT trigger, so the app can neither
-- forge nor skip a link. npm run audit:verify recomputes every hash
-- (lib/audit/chain-hash.ts is the same serialization in TypeScript).
-- Events outside a workspace (workspaceId NULL) form one chain of their own.
--
-- Prisma's WebAssembly engine splits migrations at every semicolon (even inside
-- quotes and comments), so function bodies spell theirs as the escape \x3B.

BEGIN;

-- Nothing may insert while the existing rows are sealed (a running app during a deploy).
LOCK TABLE "AuditEvent" IN SHARE ROW EXCLUSIVE MODE;

-- The functions below resolve "AuditEvent" and each other through the search_path
-- they were created with (SET search_path FROM CURRENT): this schema only.
SELECT set_config('search_path', quote_ident(current_schema()), true);

ALTER TABLE "AuditEvent" ADD COLUMN "chainSeq" BIGINT, ADD COLUMN "prevHash" TEXT, ADD COLUMN "hash" TEXT;

-- Canonical serialization, version 1: a JSON array rendered by jsonb's own text
-- output (keys of before/after sorted, fixed spacing). Change it only together with
-- canonicalAuditEvent() in lib/audit/chain-hash.ts, under a new version tag.
CREATE FUNCTION "audit_event_canonical"(
  id text, workspace_id text, chain_seq bigint, actor_id text, action text, entity_type text,
  entity_id text, created_at timestamp, before_json jsonb, after_json jsonb, prev_hash text
) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE SET search_path FROM CURRENT AS
  'SELECT jsonb_build_array(''factdesk-audit-v1'', id, workspace_id, chain_seq, actor_id, action, entity_type, entity_id, to_char(created_at, ''YYYY-MM-DD"T"HH24:MI:SS.MS"Z"''), before_json, after_json, prev_hash)::text';

CREATE FUNCTION "audit_event_hash"(canonical text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
  'SELECT encode(sha256(convert_to(canonical, ''UTF8'')), ''hex'')';

-- Links NEW to the last event of its chain. The advisory lock (held to commit)
-- serializes the writers of one workspace. After it, the SELECT sees the previous
-- writer's committed row (a VOLATILE function takes a fresh snapshot per query).
CREATE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
DECLARE
  last_seq bigint\x3B
  last_hash text\x3B
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(''factdesk:audit-chain:'' || coalesce(NEW."workspaceId", ''''), 0))\x3B
  IF NEW."workspaceId" IS NULL THEN
    SELECT "chainSeq", "hash" INTO last_seq, last_hash FROM "AuditEvent" WHERE "workspaceId" IS NULL ORDER BY "chainSeq" DESC LIMIT 1\x3B
  ELSE
    SELECT "chainSeq", "hash" INTO last_seq, last_hash FROM "AuditEvent" WHERE "workspaceId" = NEW."workspaceId" ORDER BY "chainSeq" DESC LIMIT 1\x3B
  END IF\x3B
  NEW."chainSeq" := coalesce(last_seq, 0) + 1\x3B
  NEW."prevHash" := coalesce(last_hash, repeat(''0'', 64))\x3B
  NEW."hash" := "audit_event_hash"("audit_event_canonical"(NEW."id", NEW."workspaceId", NEW."chainSeq", NEW."actorId", NEW."action",
    NEW."entityType", NEW."entityId", NEW."createdAt", NEW."before", NEW."after", NEW."prevHash"))\x3B
  RETURN NEW\x3B
END';

-- Seal the existing events, per workspace in (createdAt, id) order. The
-- append-only trigger refuses every UPDATE, so it is off for these statements only.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
DO E'
DECLARE
  event record\x3B
  chain text\x3B
  n bigint := 0\x3B
  previous text\x3B
BEGIN
  FOR event IN SELECT * FROM "AuditEvent" ORDER BY "workspaceId" NULLS FIRST, "createdAt", "id" LOOP
    IF n = 0 OR event."workspaceId" IS DISTINCT FROM chain THEN
      chain := event."workspaceId"\x3B
      n := 0\x3B
      previous := repeat(''0'', 64)\x3B
    END IF\x3B
    n := n + 1\x3B
    UPDATE "AuditEvent" SET "chainSeq" = n, "prevHash" = previous,
      "hash" = "audit_event_hash"("audit_event_canonical"(event."id", event."workspaceId", n, event."actorId", event."action",
        event."entityType", event."entityId", event."createdAt", event."before", event."after", previous))
    WHERE "id" = event."id" RETURNING "hash" INTO previous\x3B
  END LOOP\x3B
END';
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";

ALTER TABLE "AuditEvent" ALTER COLUMN "chainSeq" SET NOT NULL, ALTER COLUMN "prevHash" SET NOT NULL, ALTER COLUMN "hash" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_workspaceId_chainSeq_key" ON "AuditEvent"("workspaceId", "chainSeq");

CREATE TRIGGER "AuditEvent_chain"
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();

-- TRUNCATE fires no row trigger: refuse it like UPDATE and DELETE (the owner can
-- still drop the trigger deliberately, the app's role cannot and has no TRUNCATE right).
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

-- The app's role (lib/db/roles.ts grants it after every migration) may only read and append.
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM PUBLIC;
DO E'BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''factdesk_app'') THEN REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM factdesk_app\x3B END IF\x3B END';

COMMIT;
