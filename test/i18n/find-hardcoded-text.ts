// Lists interface text written into folders or files instead of the catalogue: `npx tsx test/i18n/find-hardcoded-text.ts app/account app/page.tsx`
import { findHardcodedTextIn } from "./hardcoded-text";

const found = findHardcodedTextIn(...(process.argv.length > 2 ? process.argv.slice(2) : ["app"]));
for (const { file, line, text } of found) console.log(`${file}:${line}  ${text}`);
console.log(`${found.length} place(s)`);
process.exitCode = found.length ? 1 : 0;
