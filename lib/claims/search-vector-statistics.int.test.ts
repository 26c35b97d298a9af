/**
 * The terms the repeated-claim check and the claim suggestions look up follow
 * ANALYZE's most common lexemes of Claim's and Article's searchVector
 * (common-terms.ts). With the default statistics target ANALYZE reads a random
 * 30,000 rows, and two analyses of unchanged data gave other findings at the
 * scale bench's 100× (48,462 claims, 50,000 articles). A target of 1000 has it
 * read every row up to 300,000, so the findings follow the data only
 * (migration …_search_vector_statistics). The catalog is asserted, not two
 * analyses compared: the test database holds far fewer than 30,000 rows, where
 * any target reads every row, and other test files insert rows meanwhile.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

describe("statistics of the searched vectors", () => {
  it("ANALYZE reads at least 300,000 rows of Claim's and Article's searchVector (statistics target ≥ 1000)", async () => {
    const rows = await db.$queryRaw<{ table: string; target: number }[]>`
      SELECT c.relname AS table, a.attstattarget::int AS target
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       WHERE c.relnamespace = to_regnamespace(current_schema()) AND c.relname IN ('Claim', 'Article')
         AND a.attname = 'searchVector'
       ORDER BY c.relname`;
    expect(rows.map((r) => r.table)).toEqual(["Article", "Claim"]);
    for (const { table, target } of rows) expect({ table, target: target >= 1000 }).toEqual({ table, target: true });
  });
});
