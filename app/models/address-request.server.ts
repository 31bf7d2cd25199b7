// Forms that must not tell whether an address is known (organizer sign-in, newsletter,
// volunteers, the donation portal): the request does the same work for every address, one
// transaction that enqueues one job with the request sealed (AES-256-GCM), and the job does what
// differs (look the address up, write rows, queue the email). Neither the answer nor its timing
// says anything; what the visitor was promised is committed with the job (issue 16).
import { z } from "zod";
import { SUBSCRIPTION_SOURCES } from "~/schemas/newsletter";
import { VOLUNTEER_AVAILABILITIES, VOLUNTEER_SKILLS } from "~/schemas/volunteer";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { enqueue } from "~/utils/jobs.server";
import { requestPortalLink } from "./donation.server";
import { requestSignInLink } from "./organizer.server";
import { subscribe } from "./subscriber.server";
import { signUpVolunteer } from "./volunteer.server";

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
export async function answerAddressRequest({ sealed }: { sealed: string }) {
  const request = AddressRequestSchema.parse(JSON.parse(decrypt(sealed)));
  switch (request.kind) {
    case "sign-in":
      return requestSignInLink(request);
    case "donation-portal":
      return requestPortalLink(request);
    case "newsletter":
      return subscribe(request);
    case "volunteer":
      return signUpVolunteer({ inseeCode: request.inseeCode, input: request.input, lang: request.lang, consentedAt: new Date(request.consentedAt) });
  }
}
