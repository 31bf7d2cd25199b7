import { z } from "zod";

/** Every environment variable the server reads, checked once at start. See .env.example. */
const VariablesSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "required: the PostgreSQL connection URL (postgresql://user:password@host:5432/database)" })
    .regex(/^postgres(ql)?:\/\//, "must start with postgresql://"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url({ error: "must be the site's public URL, e.g. https://technopolice.fr" }).default("http://localhost:3000"),

  DATA_ENCRYPTION_KEYS: z
    .string({ error: "required: comma-separated <key id>:<32 bytes in base64>, the first one current (npm run demo generates one)" })
    .regex(/^[\w-]+:[A-Za-z0-9+/]{43}=(,\s*[\w-]+:[A-Za-z0-9+/]{43}=)*$/, "must be <key id>:<32 bytes in base64>[,…]"),
  BLIND_INDEX_KEY: z
    .string({ error: "required: 32 random bytes in base64 (npm run demo generates one)" })
    .regex(/^[A-Za-z0-9+/]{43}=$/, "must be 32 bytes in base64"),

  SESSION_SECRET: z
    .string({ error: "required: a long random string that signs session cookies (npm run demo generates one)" })
    .min(32, "must be at least 32 characters"),
  /** An organizer's session ends after this long without a request (checked on the server). */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(120),
  /** And this long after sign-in, whatever the activity. */
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),

  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default("Technopolice <technopolice@localhost>"),
  /** Keep emails in the local outbox (/dev/outbox) instead of sending them: development and demo only. */
  EMAIL_OUTBOX: z.stringbool().default(false),
  JOB_POLLING_SECONDS: z.coerce.number().min(0.5).max(60).default(2),

  /** The header a trusted reverse proxy sets to the client's address (e.g. x-forwarded-for, x-real-ip); unset: the socket's address. */
  TRUSTED_PROXY_HEADER: z
    .string()
    .regex(/^[a-z0-9-]+$/i, "must be a header name, e.g. x-forwarded-for")
    .transform((name) => name.toLowerCase())
    .optional(),
  /** Overrides of the rate limits, e.g. "petition-sign:ip=200/600,sign-in:email=off". */
  RATE_LIMITS: z
    .string()
    .regex(
      /^\s*$|^([\w*-]+:[\w*-]+=(off|\d+\/\d+))(,\s*[\w*-]+:[\w*-]+=(off|\d+\/\d+))*$/,
      "must look like <form>:<ip|email>=<limit>/<seconds>|off, comma-separated",
    )
    .default(""),
  /** Public forms submitted faster than this after the page was shown are taken for bots. */
  FORM_GUARD_MIN_SECONDS: z.coerce.number().min(0).max(60).default(2),
  /** How long anonymous visitors share a rendered public page (app/utils/page-cache.server.ts); 0: never. */
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(1),
  /** Where forms may post or redirect besides the site itself (Stripe Checkout). */
  CHECKOUT_ORIGIN: z.url().default("https://checkout.stripe.com"),
  /** Where documents attached to reports are stored (a directory; created if missing). */
  UPLOADS_DIR: z.string().min(1).default(".data/uploads"),
  /** What the files of all unconfirmed reports together may weigh, in MB (issue 16); past it, /signaler asks to try again later. */
  PENDING_UPLOADS_MAX_MB: z.coerce.number().int().min(0).max(100_000).default(500),

  // Newsletter and digests
  /** Resend's webhook signing secret ("whsec_…"); without it POST /webhooks/resend answers 503. */
  RESEND_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]+$/, "must be Resend's signing secret, whsec_…")
    .optional(),
  /** Resend calls per second while sending a digest (Resend's default limit is 2). */
  DIGEST_RATE_PER_SECOND: z.coerce.number().min(0.1).max(100).default(2),
  /** Emails per batch call (Resend's maximum is 100). */
  DIGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(100).default(100),
  /** When the weekly digest goes out: a cron expression in Europe/Paris time (default Monday 09:00). */
  DIGEST_CRON: z
    .string()
    .regex(/^\S+( \S+){4}$/, "must be a cron expression with five fields, e.g. 0 9 * * 1")
    .default("0 9 * * 1"),

  // Donations (app/utils/stripe.server.ts). Without STRIPE_SECRET_KEY, /don says online donations are not configured.
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Tests and development only: where the Stripe SDK sends its requests (a local stand-in). */
  STRIPE_API_BASE_URL: z.url().optional(),
  DONATION_MAX_EUROS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** Tax receipts (reçus fiscaux): the form's receipt fields, the January mailing, organizers' receipts. */
  RECEIPTS_ENABLED: z.stringbool().default(false),
  ASSOCIATION_NAME: z.string().min(1).optional(),
  ASSOCIATION_ADDRESS: z.string().min(1).optional(),
  ASSOCIATION_OBJECT: z.string().min(1).optional(),
  /** SIREN or RNA number. */
  ASSOCIATION_ID: z.string().min(1).optional(),

  // Who runs the site (issue 13): the "who we are", legal notice, privacy and accessibility pages.
  SITE_PUBLISHER: z.string().min(1).default("Collectif Technopolice (démonstration)"),
  /** Unset: the legal notice says so and emails' footers name the publisher without an address (never a setting's name). */
  SITE_PUBLISHER_ADDRESS: z.string().min(1).optional(),
  SITE_PUBLICATION_DIRECTOR: z.string().min(1).default("Direction de la publication (démonstration : SITE_PUBLICATION_DIRECTOR)"),
  SITE_CONTACT_EMAIL: z.email({ error: "must be an email address, e.g. contact@technopolice.fr" }).default("contact@technopolice.fr"),
  SITE_HOST: z.string().min(1).default("Hébergeur (démonstration : SITE_HOST)"),
  SITE_HOST_ADDRESS: z.string().min(1).default("Adresse de l'hébergeur (démonstration : SITE_HOST_ADDRESS)"),
  /** The collective's member associations and unions, separated by ";". */
  SITE_MEMBERS: z
    .string()
    .min(1)
    .default("La Quadrature du Net; Ligue des droits de l'Homme; FCPE")
    .transform((value) =>
      value
        .split(";")
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  // --- issue 12: delivery and operations
  /** Resend calls per second from one worker process, all emails together (Resend's default limit is 2). */
  RESEND_RATE_PER_SECOND: z.coerce.number().min(0.1).max(100).default(2),
  /** How long a worker holds an email batch or a digest without renewing its lease (a dead worker's work is taken over after this). */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(5).max(600).default(30),
  // --- issue 29: document cleaning off the request path
  /** How long cleaning one uploaded document may take (wall time) before it is refused as too complex. */
  DOCUMENT_CLEANING_SECONDS: z.coerce.number().min(1).max(600).default(20),
});

const EnvSchema = VariablesSchema.superRefine((value, ctx) => {
  if (value.NODE_ENV === "production" && !value.RESEND_API_KEY && !value.EMAIL_OUTBOX) {
    ctx.addIssue({ code: "custom", path: ["RESEND_API_KEY"], message: "required in production (or EMAIL_OUTBOX=true for a demo)" });
  }
  if (value.STRIPE_SECRET_KEY && !value.STRIPE_WEBHOOK_SECRET) {
    ctx.addIssue({
      code: "custom",
      path: ["STRIPE_WEBHOOK_SECRET"],
      message: "required with STRIPE_SECRET_KEY (whsec_..., from the webhook endpoint in Stripe's dashboard)",
    });
  }
  if (value.RECEIPTS_ENABLED) {
    for (const key of ["ASSOCIATION_NAME", "ASSOCIATION_ADDRESS", "ASSOCIATION_OBJECT", "ASSOCIATION_ID"] as const) {
      if (!value[key]) ctx.addIssue({ code: "custom", path: [key], message: "required when RECEIPTS_ENABLED=true (printed on tax receipts)" });
    }
  }
});

/** Where emails go: Resend when a key is configured, otherwise the local outbox. */
export function emailTransport(): "resend" | "outbox" {
  return env().RESEND_API_KEY ? "resend" : "outbox";
}

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

function parse<T>(schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** The whole environment; the server checks it at start. */
export function env(): Env {
  cached ??= parse(EnvSchema);
  return cached;
}

/** Just what a database connection needs (scripts such as the commune import). */
export function databaseEnv() {
  return cached ?? parse(VariablesSchema.pick({ DATABASE_URL: true, DATABASE_POOL_SIZE: true }));
}
