-- The zone a person reads times in (IANA name, e.g. "Europe/Kyiv"), NULL = not chosen:
-- their browser's zone (cookie `tz`), else UTC. Validated by the app (lib/time/time-zone.ts).
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT;
