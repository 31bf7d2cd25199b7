// What a feature declares about the personal data it holds, besides its retention rules
// (RetentionRule, in ./retention-periods.ts): its lines of the privacy policy (/confidentialite,
// assembled in app/models/privacy-policy.server.ts) and its part of "my data" (/mes-donnees,
// assembled in app/modules/my-data/data.server.ts). A feature module declares them in its
// privacy.server.ts with `satisfies`, so a rule, a policy line and the data a person sees cannot
// live in three places that drift apart.
import type { Prisma } from "~/generated/prisma/client";
import type { MessageKey } from "~/locales/fr";

/** The ids of the policy's entries: those with "privacy.<id>.title" (and .purpose, .kept, .retention) messages. */
export type PrivacyId = { [Key in MessageKey]: Key extends `privacy.${infer Id}.title` ? Id : never }[MessageKey];

/** One kind of personal data in the privacy policy. */
export type PrivacyEntry = {
  /** "privacy.<id>.*" messages: title, purpose, kept, retention. */
  id: PrivacyId;
  basis: "consentArt9" | "consent" | "legalObligation" | "legitimateInterest";
  /** The Prisma models this entry covers (the retention test checks that every rule's models appear). */
  models: string[];
  /** The numbers printed in the retention sentence: the very constants the job uses. */
  values: Record<string, number>;
  recipients: ("resend" | "stripe")[];
};

/**
 * A feature's part of "my data": what it holds for an address, and how the person deletes it.
 * Items are JSON-ready (the page shows them, the export contains them as they are).
 */
export type PersonalDataPart<Item extends { id: string } = { id: string }> = {
  /** What a delete button of the page names ("documentRequest"), unique site-wide. */
  kind: string;
  /** What the site holds for the address, decrypted. */
  collect: (email: string) => Promise<Item[]>;
  /**
   * Deletes or reduces the address's items (one by id, or all with null) in the caller's
   * transaction; returns the ids of uploaded documents to delete once it has committed.
   */
  erase: (tx: Prisma.TransactionClient, email: string, id: string | null) => Promise<string[]>;
};
