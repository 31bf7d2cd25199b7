/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

export {};

declare module "@remix-run/server-runtime" {
  interface Future {
    v3_singleFetch: true;
  }
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The TCP peer's address (server.js); see app/utils/client-ip.server.ts. */
    socketAddress?: string;
    /** This response's Content-Security-Policy nonce (app/utils/http-security.server.ts). */
    cspNonce?: string;
    /** This response's signed form timestamp (app/utils/form-guard.server.ts), issued with the load context. */
    formGuardToken?: string;
  }
}
