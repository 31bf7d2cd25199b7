// Every form validated by Conform, by name: the Zod schema its action parses. The browser never
// loads these (issue 27: Zod alone weighed 77 KiB of brotli on every page); it gets each form's
// HTML constraints (required, maxlength, pattern…) from app/components/form-constraints.ts,
// written from this table by `npm run forms:constraints` and checked against it by
// tests/unit/form-constraints.test.ts. Messages come from the server, which validates every
// submission with JavaScript on or off.
import type { $ZodType } from "zod/v4/core";
import { CampaignSchema, newRequestFormSchema, TakeItemSchema, TemplateSchema } from "~/modules/document-requests/schema";
import { DonationFieldsSchema, PortalRequestSchema } from "~/modules/donations/schema";
import { LegalActionSchema, LegalActionUpdateSchema } from "~/modules/legal-actions/schema";
import { AllowNetworkSchema, BlockAddressSchema, BlockDomainSchema } from "~/modules/petition-lists/schema";
import { MyDataRequestSchema } from "~/modules/my-data/schema";
import { SubscribeSchema } from "~/modules/newsletter/schema";
import { AddOrganizerSchema } from "~/schemas/organizer";
import { InvalidationSchema, OpenPetitionSchema, PetitionSchema, ResponseSchema } from "~/modules/petitions/admin-schema";
import { PetitionRequestSchema } from "~/modules/petition-requests/schema";
import { SignPetitionFieldsSchema } from "~/modules/petitions/sign-schema";
import { MailingSchema } from "~/modules/petition-mailing/schema";
import { ProjectFieldsSchema, ReportSchema } from "~/modules/projects/report-schema";
import { FilingSchema } from "~/modules/mandate-filing/schema";
import { SignInRequestSchema } from "~/schemas/sign-in-request";
import { VolunteerProfileSchema, VolunteerSchema } from "~/modules/volunteers/schema";
import { CouncilSessionSchema, HandInSchema } from "~/modules/calendar/schema";
import {
  AnnouncementSchema,
  ContactGroupSchema,
  CreateGroupSchema,
  GroupRequestSchema,
  JoinGroupSchema,
  PresentationSchema,
  RenameGroupSchema,
  ReplySchema,
} from "~/modules/groups/schema";
import { CampaignSchema as MandateCampaignSchema, MandateSchema, MandateWithAddressSchema } from "~/modules/mandates/schema";
import { EventSchema, RegistrationSchema } from "~/modules/events/schema";

export const FORM_SCHEMAS = {
  "document-request": newRequestFormSchema({ needsProject: false }),
  "document-request-with-project": newRequestFormSchema({ needsProject: true }),
  "document-request-campaign": CampaignSchema,
  "document-request-template": TemplateSchema,
  "document-request-take-item": TakeItemSchema,
  "group-announcement": AnnouncementSchema,
  "group-contact": ContactGroupSchema,
  "group-create": CreateGroupSchema,
  "group-join": JoinGroupSchema,
  "group-presentation": PresentationSchema,
  "group-rename": RenameGroupSchema,
  "group-reply": ReplySchema,
  "group-request": GroupRequestSchema,
  // The donation form's schema depends on the site's maximum; its fields do not.
  donation: DonationFieldsSchema,
  "donation-portal": PortalRequestSchema,
  "legal-action": LegalActionSchema,
  "legal-action-update": LegalActionUpdateSchema,
  "council-session": CouncilSessionSchema,
  "petition-hand-in": HandInSchema,
  mandate: MandateSchema,
  "mandate-with-address": MandateWithAddressSchema,
  "mandate-campaign": MandateCampaignSchema,
  "my-data": MyDataRequestSchema,
  newsletter: SubscribeSchema,
  organizer: AddOrganizerSchema,
  "petition-open": OpenPetitionSchema,
  "petition-edit": PetitionSchema,
  "petition-invalidation": InvalidationSchema,
  "petition-mailing": MailingSchema,
  "mandate-filing": FilingSchema,
  "petition-list-domain": BlockDomainSchema,
  "petition-list-address": BlockAddressSchema,
  "petition-list-network": AllowNetworkSchema,
  "petition-response": ResponseSchema,
  "petition-request": PetitionRequestSchema,
  "petition-sign": SignPetitionFieldsSchema,
  "project-fields": ProjectFieldsSchema,
  report: ReportSchema,
  "sign-in": SignInRequestSchema,
  volunteer: VolunteerSchema,
  "volunteer-profile": VolunteerProfileSchema,
  event: EventSchema,
  "event-registration": RegistrationSchema,
} satisfies Record<string, $ZodType>;
