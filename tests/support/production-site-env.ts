// The environment of a `node server.js` that a Playwright test starts for itself
// (startSiteProcess): production mode, the e2e database and the e2e Resend stand-in, so the
// journeys' worker sends its emails and lastEmailTo finds them.
import { e2ePorts } from "./e2e-ports";
import { TEST_ENV } from "./test-env";

export function productionSiteEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...TEST_ENV,
    NODE_ENV: "production",
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    RESEND_BASE_URL: `http://127.0.0.1:${e2ePorts().resend}`,
    FORM_GUARD_MIN_SECONDS: "0",
    RATE_LIMITS: "*:ip=off,*:email=off",
    ...extra,
  };
}
