// The "share on your Mastodon instance" form (app/routes/partager.mastodon.tsx), apart from the
// share links (share.ts), which the pages show, so that Zod stays out of the browser (issue 27).
import { z } from "zod";

/**
 * A host name as people write their instance: letters, digits and hyphens in dotted labels,
 * ending with a top-level domain (no address, no port, no user, no path). "https://" before it
 * and one "/" after it, copied from the browser's address bar, are dropped first.
 */
const HOSTNAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export const MastodonShareSchema = z.object({
  ville: z.string().regex(/^[a-z0-9-]{1,120}$/),
  instance: z
    .string({ error: "errors.mastodonInstance.required" })
    .trim()
    .min(1, "errors.mastodonInstance.required")
    .max(300, "errors.mastodonInstance.invalid")
    .transform((value) =>
      value
        .toLowerCase()
        .replace(/^https?:\/\//, "")
        .replace(/\/$/, ""),
    )
    .pipe(z.string().regex(HOSTNAME, "errors.mastodonInstance.invalid")),
});
