// The forms of local groups (issue 25): one Zod schema per form, parsed by the actions and turned
// into the forms' HTML constraints (app/models/form-schemas.server.ts).
import { z } from "zod";
import { freeText } from "~/schemas/free-text";

const email = () =>
  freeText({ error: "errors.email.required" })
    .min(1, "errors.email.required")
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" }));

const name = () => freeText({ error: "groups.errors.name" }).min(1, "groups.errors.name").max(80, "errors.name.tooLong");

export const CONTACT_BODY_MAX = 5_000;
export const REQUEST_MESSAGE_MAX = 2_000;
export const PRESENTATION_MAX = 5_000;
export const ANNOUNCEMENT_SUBJECT_MAX = 150;
export const ANNOUNCEMENT_BODY_MAX = 10_000;
export const REPLY_BODY_MAX = 5_000;

/** "Join the group": an address, what to receive, the consent. */
export const JoinGroupSchema = z.object({
  email: email(),
  wantsEvents: z.boolean().default(false),
  wantsAnnouncements: z.boolean().default(false),
  consent: z.boolean({ error: "groups.errors.consent" }).refine((value) => value, { error: "groups.errors.consent" }),
});
export type JoinGroupInput = z.infer<typeof JoinGroupSchema>;

/** A member's choices, on their personal page. */
export const MemberPreferencesSchema = z.object({
  wantsEvents: z.boolean().default(false),
  wantsAnnouncements: z.boolean().default(false),
});

/** The contact form of a group's page: relayed to the coordinators without the address. */
export const ContactGroupSchema = z.object({
  name: name(),
  email: email(),
  body: freeText({ error: "groups.errors.body" })
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .min(1, { error: "groups.errors.body", abort: true })
    .max(CONTACT_BODY_MAX, "groups.errors.bodyTooLong"),
});
export type ContactGroupInput = z.infer<typeof ContactGroupSchema>;

/** "No group here yet: start one." */
export const GroupRequestSchema = z.object({
  name: name(),
  email: email(),
  message: freeText({ error: "groups.errors.requestMessage" })
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .min(1, { error: "groups.errors.requestMessage", abort: true })
    .max(REQUEST_MESSAGE_MAX, "groups.errors.requestMessageTooLong"),
  consent: z.boolean({ error: "groups.errors.requestConsent" }).refine((value) => value, { error: "groups.errors.requestConsent" }),
});
export type GroupRequestInput = z.infer<typeof GroupRequestSchema>;

const presentation = () =>
  freeText({ error: "groups.errors.presentation" })
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .min(1, { error: "groups.errors.presentation", abort: true })
    .max(PRESENTATION_MAX, "groups.errors.presentationTooLong");

/** A national organizer creates a group. */
export const CreateGroupSchema = z.object({
  name: freeText({ error: "groups.errors.groupName" }).min(2, "groups.errors.groupName").max(80, "groups.errors.groupNameTooLong"),
  slug: freeText({ error: "groups.errors.slug" })
    .toLowerCase()
    .min(2, "groups.errors.slug")
    .max(60, "groups.errors.slug")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "groups.errors.slug"),
  presentation: presentation(),
});
export type CreateGroupInput = z.infer<typeof CreateGroupSchema>;

/** National organizers rename a group. */
export const RenameGroupSchema = CreateGroupSchema.pick({ name: true });

/** Coordinators (and national organizers) edit the public text. */
export const PresentationSchema = z.object({ presentation: presentation() });

/** A piece of territory: a commune (typed name/postcode, or picked with its INSEE code) or a department code. */
export const TerritorySchema = z
  .object({
    commune: freeText().max(80).optional(),
    inseeCode: z
      .string()
      .regex(/^[0-9AB]{5}$/i)
      .optional()
      .catch(undefined),
    departmentCode: freeText()
      .toUpperCase()
      .regex(/^(\d{2,3}|2A|2B)$/, "groups.errors.department")
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .superRefine((value, ctx) => {
    if (!value.commune && !value.inseeCode && !value.departmentCode) ctx.addIssue({ code: "custom", path: ["commune"], message: "groups.errors.territory" });
  });

/** A coordinator added by address (a new COORDINATOR organizer if unknown), or chosen among organizers. */
export const CoordinatorSchema = z
  .object({
    email: freeText()
      .max(254, "errors.email.invalid")
      .pipe(z.email({ error: "errors.email.invalid" }))
      .optional()
      .or(z.literal("")),
    organizerId: z.uuid().optional().or(z.literal("")),
  })
  .superRefine((value, ctx) => {
    if (!value.email && !value.organizerId) ctx.addIssue({ code: "custom", path: ["email"], message: "groups.errors.coordinator" });
  });

/** A coordinator's answer to a contact message, emailed from the site. */
export const ReplySchema = z.object({
  messageId: z.uuid(),
  reply: freeText({ error: "groups.errors.reply" })
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .min(1, { error: "groups.errors.reply", abort: true })
    .max(REPLY_BODY_MAX, "groups.errors.replyTooLong"),
});

/** An announcement to the members who asked for them: previewed (a draft), then sent. */
export const AnnouncementSchema = z.object({
  subject: freeText({ error: "groups.errors.subject" })
    .min(1, { error: "groups.errors.subject", abort: true })
    .max(ANNOUNCEMENT_SUBJECT_MAX, { error: "groups.errors.subjectTooLong", abort: true })
    .refine((value) => !/[\r\n]/.test(value), { error: "groups.errors.subject" }),
  body: freeText({ error: "groups.errors.announcementBody" })
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .min(1, { error: "groups.errors.announcementBody", abort: true })
    .max(ANNOUNCEMENT_BODY_MAX, "groups.errors.announcementBodyTooLong"),
});
export type AnnouncementInput = z.infer<typeof AnnouncementSchema>;

/** The public list's search: a commune name or a postcode. */
export const GroupSearchSchema = z.object({ q: freeText().max(80).catch("").default("") });
