// Sharing a petition without any third-party script (issue 27): plain links built here, and the
// "share on your Mastodon instance" address (its form's schema is in share-schema.ts: Zod stays
// out of the pages that show the links). Mastodon has no central share address: the
// visitor names their instance, the server checks that it is a host name and nothing else, and
// redirects to that host's /share page, the only path it ever redirects to (no open redirect).
// Signal has no web share address at all (its sgnl:// links open a contact or a group, not a
// message): the page says to copy the link, and the Web Share API reaches it on phones.
/** What the share block needs to know about a petition. */
export type PetitionShare = { url: string; communeSlug: string; subject: string; body: string };

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
