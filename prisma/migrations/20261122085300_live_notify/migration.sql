-- Live updates (lib/live/README.md): every AuditEvent of a workspace is announced
-- on the channel "factdesk_change" with ids only. NOTIFY is delivered when the
-- inserting transaction commits, so a rolled-back change is never announced.
-- The payload carries no content: listeners look up what they need.
-- Prisma's WebAssembly engine splits migrations at every semicolon (even inside
-- quotes), so the function body spells its semicolons as the escape \x3B.
CREATE FUNCTION "audit_event_notify"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(''factdesk_change'', json_build_object(''seq'', NEW."seq"::text, ''workspaceId'', NEW."workspaceId", ''entityType'', NEW."entityType", ''entityId'', NEW."entityId", ''action'', NEW."action")::text)\x3B RETURN NULL\x3B END';

-- Events outside a workspace (a user changing their password) concern no live page.
CREATE TRIGGER "AuditEvent_notify"
  AFTER INSERT ON "AuditEvent"
  FOR EACH ROW WHEN (NEW."workspaceId" IS NOT NULL)
  EXECUTE FUNCTION "audit_event_notify"();
