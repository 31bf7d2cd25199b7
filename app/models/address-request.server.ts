// Forms that must not tell whether an address is known (organizer sign-in, newsletter,
// volunteers, the donation portal): the request does the same work for every address, one
// transaction that enqueues one job with the request sealed (AES-256-GCM), and the job does what
// differs (look the address up, write rows, queue the email). Neither the answer nor its timing
// says anything; what the visitor was promised is committed with the job (issue 16).
import { z } from "zod";
import { SUBSCRIPTION_SOURCES } from "~/modules/newsletter/schema";
import { VOLUNTEER_AVAILABILITIES, VOLUNTEER_SKILLS } from "~/modules/volunteers/choices";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { enqueue } from "~/utils/jobs.server";
import { requestPortalLink } from "~/modules/donations/donation.server";
import { requestSignInLink } from "./organizer.server";
import { subscribe } from "~/modules/newsletter/subscriber.server";
import { signUpVolunteer } from "~/modules/volunteers/volunteer.server";
import { log } from "~/utils/log.server";

const lang = z.enum(["fr", "en"]);

/** What the job receives, checked again when unsealed (it was checked by the form's schema). */
const AddressRequestSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sign-in"), email: z.string(), lang }),
  z.object({ kind: z.literal("donation-portal"), email: z.string(), lang }),
  z.object({ kind: z.literal("newsletter"), email: z.string(), lang, source: z.enum(SUBSCRIPTION_SOURCES) }),
  z.object({
    kind: z.literal("volunteer"),
    inseeCode: z.string(),
    lang,
    consentedAt: z.iso.datetime(),
    input: z.object({
      name: z.string(),
      commune: z.string(),
      inseeCode: z.string().optional(),
      email: z.string(),
      skills: z.array(z.enum(VOLUNTEER_SKILLS)),
      availability: z.enum(VOLUNTEER_AVAILABILITIES),
      languages: z.string().optional(),
      message: z.string().optional(),
      consentContact: z.boolean(),
    }),
  }),
]);
export type AddressRequest = z.infer<typeof AddressRequestSchema>;

/** The request's part: the same statements whatever the address. */
export async function enqueueAddressRequest(request: AddressRequest) {
  const sealed = encrypt(JSON.stringify(AddressRequestSchema.parse(request)));
  await db().$transaction((tx) => enqueue(tx, "answerAddressRequest", { sealed }));
}

/** The job's part: what the request used to do itself. */
export async function answerAddressRequest({ sealed }: { sealed: string; attempt?: number }): Promise<void> {
  const request = AddressRequestSchema.parse(JSON.parse(decrypt(sealed)));
  switch (request.kind) {
    case "sign-in":
      await requestSignInLink(request);
      return;
    case "donation-portal":
      await requestPortalLink(request);
      return;
    case "newsletter":
      await subscribe(request);
      return;
    case "volunteer":
      await signUpVolunteer({ inseeCode: request.inseeCode, input: request.input, lang: request.lang, consentedAt: new Date(request.consentedAt) });
      return;
  }
}

/** How many of these jobs one worker takes per fetch. */
export const ADDRESS_REQUEST_BATCH = 25;
const MAX_ATTEMPTS = 6;

/**
 * The worker's handler: a batch at a time. pg-boss 10 fetches one batch per queue at a time and
 * per worker (the worker fetches the next as soon as one is done), so batches of 25 keep a burst of
 * requests for unknown addresses (free before, when they did nothing) from delaying every honest
 * sign-in link behind it for long. Each request of the batch is answered on its own; one that fails
 * is enqueued again, later, without making the others run twice.
 */
export async function answerAddressRequests(jobs: { data: { sealed: string; attempt?: number } }[]) {
  for (const { data } of jobs) {
    try {
      await answerAddressRequest(data);
    } catch (error) {
      const attempt = (data.attempt ?? 0) + 1;
      if (attempt >= MAX_ATTEMPTS) {
        log.error("address request: given up", { attempt, error });
        continue;
      }
      log.warn("address request: attempt failed, trying again later", { attempt, error });
      await db().$transaction((tx) => enqueue(tx, "answerAddressRequest", { sealed: data.sealed, attempt }, { startAfter: 5 * 2 ** attempt }));
    }
  }
}
