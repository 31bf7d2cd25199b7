// Values that forms offer and pages show, shared beyond one feature, apart from the Zod schemas that
// check them: the browser imports these, never Zod (app/components/server-form.ts). A feature's own
// kinds and statuses live in its module's choices.ts (app/modules/donations/choices.ts, …).

export const MIN_QUERY_LENGTH = 2;
