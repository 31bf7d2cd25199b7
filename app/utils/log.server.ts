// Server logs: one JSON line per event on stdout (errors on stderr), for journald or any
// collector: {"time":"…","level":"error","event":"healthz","requestId":"…","error":"…"}.
// An event is a short fixed phrase; what varies goes in the fields.

type Level = "info" | "warn" | "error";
export type LogFields = Record<string, unknown> & { error?: unknown; request?: Request };

/** The header node-http.server.ts sets on every request (any value a client sent is replaced). */
export const REQUEST_ID_HEADER = "x-request-id";

function fieldsOf({ error, request, ...rest }: LogFields): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...rest };
  if (request) {
    fields.requestId = request.headers.get(REQUEST_ID_HEADER) ?? undefined;
    fields.method = request.method;
    fields.path = new URL(request.url).pathname;
  }
  if (error !== undefined) {
    fields.error = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.stack) fields.stack = error.stack;
  }
  return fields;
}

function write(level: Level, event: string, fields: LogFields = {}) {
  let line: string;
  try {
    line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fieldsOf(fields) });
  } catch {
    line = JSON.stringify({ time: new Date().toISOString(), level, event, note: "fields could not be serialised" });
  }
  (level === "error" ? process.stderr : process.stdout).write(`${line}\n`);
}

export const log = {
  info: (event: string, fields?: LogFields) => write("info", event, fields),
  warn: (event: string, fields?: LogFields) => write("warn", event, fields),
  error: (event: string, fields?: LogFields) => write("error", event, fields),
};
