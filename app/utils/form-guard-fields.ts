/** The names of the form guard's two fields, shared by the form (app/components/form-guard.tsx) and its check (form-guard.server.ts). */
export const FORM_GUARD_FIELDS = { honeypot: "website", token: "_guard" } as const;
