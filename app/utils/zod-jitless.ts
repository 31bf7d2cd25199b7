// Imported first by app/root.tsx, so that it runs before any schema is built in the browser:
// Zod compiles object parsers with `new Function`, and probes for it once, which the site's
// Content-Security-Policy refuses and reports (issue 27). The browser parses a form or two;
// the server keeps the compiled parsers.
import { config } from "zod";

if (typeof document !== "undefined") config({ jitless: true });
