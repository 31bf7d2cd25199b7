// Fixed, test-only secrets and settings shared by Vitest and the Playwright server.
export const TEST_ENV = {
  DATA_ENCRYPTION_KEYS: "test2:dGVzdC1rZXktMi0tLS0tLS0tLS0tLS0tLS0tLS0tLS0=,test1:dGVzdC1rZXktMS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0=",
  BLIND_INDEX_KEY: "dGVzdC1ibGluZC1pbmRleC1rZXktLS0tLS0tLS0tLS0=",
  SESSION_SECRET: "test-session-secret-test-session-secret",
  RESEND_API_KEY: "re_test_stand_in",
  EMAIL_FROM: "Technopolice <test@technopolice.test>",
  // Production's polling (its default): a committed job or email wakes the worker at once
  // (app/jobs/wake-ups.server.ts); polls only find retries and schedules.
  JOB_POLLING_SECONDS: "2",
  // The production cap on cleaning one document is wall time (20 s): beside the rest of the suite
  // on two cores a small PDF can take longer. Tests of the cap pass their own.
  DOCUMENT_CLEANING_SECONDS: "300",
} as const;

/** The e2e site's Resend webhook secret (Svix format), so that the hostile project can sign bodies. */
export const E2E_RESEND_WEBHOOK_SECRET = "whsec_ZTJlLXJlc2VuZC13ZWJob29rLXNlY3JldC0xMjM0NTY=";
