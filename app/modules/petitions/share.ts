// Sharing a petition without any third-party script (issue 27): plain links built here, and the
// "share on your Mastodon instance" form's schema. Mastodon has no central share address: the
// visitor names their instance, the server checks that it is a host name and nothing else, and
// redirects to that host's /share page, the only path it ever redirects to (no open redirect).
// Signal has no web share address at all (its sgnl:// links open a contact or a group, not a
// message): the page says to copy the link, and the Web Share API reaches it on phones.
import { z } from "zod";

/** What the share block needs to know about a petition. */
export type PetitionShare = { url: string; communeSlug: string; subject: string; body: string };

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

/** The instance's own share page: the validated host, a fixed path, the text as its only parameter. */
export const mastodonShareUrl = (instance: string, text: string) => `https://${instance}/share?text=${encodeURIComponent(text)}`;

/** The share links: email, WhatsApp and Telegram (their public share addresses). */
export function shareLinks({ url, subject, body }: PetitionShare) {
  return {
    email: `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${subject} ${url}`)}`,
    telegram: `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(subject)}`,
  };
}
