// Written by `npm run forms:constraints` from app/models/form-schemas.server.ts: do not edit.
// Each form's HTML constraints (required, maxlength, pattern…), so that the browser needs no Zod;
// one export per form (app/components/server-form.ts).
import type { FormConstraints } from "./server-form";

export const documentRequest = {
  projectLabel: {
    required: false,
  },
  documents: {
    required: false,
    multiple: true,
  },
  "documents[]": {
    required: true,
  },
  extraDocuments: {
    required: false,
  },
  name: {
    required: true,
  },
  address: {
    required: true,
  },
  email: {
    required: true,
  },
  showName: {
    required: false,
  },
} satisfies FormConstraints;

export const documentRequestWithProject = {
  projectLabel: {
    required: true,
  },
  documents: {
    required: false,
    multiple: true,
  },
  "documents[]": {
    required: true,
  },
  extraDocuments: {
    required: false,
  },
  name: {
    required: true,
  },
  address: {
    required: true,
  },
  email: {
    required: true,
  },
  showName: {
    required: false,
  },
} satisfies FormConstraints;

export const documentRequestCampaign = {
  title: {
    required: true,
  },
  templateId: {
    required: true,
  },
  departmentCode: {
    required: true,
  },
  minPopulation: {
    required: true,
  },
  projectLabel: {
    required: false,
  },
} satisfies FormConstraints;

export const documentRequestTemplate = {
  title: {
    required: true,
  },
  slug: {
    required: true,
  },
  subject: {
    required: true,
  },
  body: {
    required: true,
  },
  documents: {
    required: true,
  },
  needsProject: {
    required: false,
  },
  active: {
    required: false,
  },
} satisfies FormConstraints;

export const documentRequestTakeItem = {
  name: {
    required: true,
  },
  address: {
    required: true,
  },
  email: {
    required: true,
  },
  showName: {
    required: false,
  },
} satisfies FormConstraints;

export const donation = {
  kind: {
    required: true,
    pattern: "ONE_OFF|MONTHLY",
  },
  preset: {
    required: false,
  },
  custom: {
    required: false,
  },
  name: {
    required: false,
  },
  address: {
    required: false,
  },
  postcode: {
    required: false,
  },
  city: {
    required: false,
  },
} satisfies FormConstraints;

export const donationPortal = {
  email: {
    required: true,
  },
} satisfies FormConstraints;

export const legalAction = {
  title: {
    required: true,
  },
  communes: {
    required: false,
  },
  project: {
    required: false,
  },
  reportId: {
    required: false,
  },
  court: {
    required: true,
  },
  filedOn: {
    required: true,
  },
  status: {
    required: true,
    pattern: "FILED|HEARING_SCHEDULED|WON|LOST|APPEALED|WITHDRAWN",
  },
  summary: {
    required: true,
  },
  documents: {
    required: false,
  },
} satisfies FormConstraints;

export const legalActionUpdate = {
  happenedOn: {
    required: true,
  },
  text: {
    required: true,
  },
} satisfies FormConstraints;

export const mandate = {
  firstName: {
    required: true,
  },
  lastName: {
    required: true,
  },
  email: {
    required: true,
  },
  commune: {
    required: true,
  },
  inseeCode: {
    required: true,
  },
  communeLink: {
    required: true,
    pattern: "residence|work",
  },
  consentMandate: {
    required: true,
  },
  consentSensitive: {
    required: true,
  },
  postalAddress: {
    required: true,
  },
} satisfies FormConstraints;

export const mandateWithAddress = {
  firstName: {
    required: true,
  },
  lastName: {
    required: true,
  },
  email: {
    required: true,
  },
  commune: {
    required: true,
  },
  inseeCode: {
    required: true,
  },
  communeLink: {
    required: true,
    pattern: "residence|work",
  },
  consentMandate: {
    required: true,
  },
  consentSensitive: {
    required: true,
  },
  postalAddress: {
    required: true,
  },
} satisfies FormConstraints;

export const mandateCampaign = {
  legalActionId: {
    required: true,
  },
  title: {
    required: true,
  },
  slug: {
    required: true,
  },
  controller: {
    required: true,
  },
  authority: {
    required: true,
  },
  scope: {
    required: true,
  },
  dataUse: {
    required: true,
  },
  eligibility: {
    required: true,
    pattern: "FRANCE|COMMUNES",
  },
  communes: {
    required: false,
  },
  requiresPostalAddress: {
    required: false,
  },
  goal: {
    required: true,
  },
  opensAt: {
    required: true,
  },
  fileBy: {
    required: true,
  },
  textFr: {
    required: true,
  },
  textEn: {
    required: false,
  },
} satisfies FormConstraints;

export const myData = {
  email: {
    required: true,
  },
} satisfies FormConstraints;

export const newsletter = {
  email: {
    required: true,
  },
  lang: {
    required: false,
    pattern: "fr|en",
  },
  source: {
    required: false,
    pattern: "footer|page",
  },
} satisfies FormConstraints;

export const organizer = {
  intent: {
    required: true,
  },
  email: {
    required: true,
  },
  role: {
    required: true,
    pattern: "ORGANIZER|ADMIN",
  },
} satisfies FormConstraints;

export const petitionOpen = {
  intent: {
    required: true,
  },
  title: {
    required: true,
  },
  body: {
    required: true,
  },
  goal: {
    required: true,
  },
  mayorTitle: {
    required: true,
    pattern: "MADAME_LA_MAIRE|MONSIEUR_LE_MAIRE",
  },
  mayorName: {
    required: true,
  },
  closesAt: {
    required: false,
  },
  inseeCode: {
    required: true,
  },
} satisfies FormConstraints;

export const petitionEdit = {
  intent: {
    required: true,
  },
  title: {
    required: true,
  },
  body: {
    required: true,
  },
  goal: {
    required: true,
  },
  mayorTitle: {
    required: true,
    pattern: "MADAME_LA_MAIRE|MONSIEUR_LE_MAIRE",
  },
  mayorName: {
    required: true,
  },
  closesAt: {
    required: false,
  },
} satisfies FormConstraints;

export const petitionInvalidation = {
  intent: {
    required: true,
    pattern: "preview|invalidate",
  },
  by: {
    required: true,
  },
  domain: {
    required: false,
  },
  ip: {
    required: false,
  },
  from: {
    required: false,
  },
  to: {
    required: false,
  },
} satisfies FormConstraints;

export const petitionMailing = {
  intent: {
    required: true,
    pattern: "preview|test|send",
  },
  subject: {
    required: true,
  },
  body: {
    required: true,
  },
  confirm: {
    required: false,
  },
} satisfies FormConstraints;

export const petitionListDomain = {
  intent: {
    required: true,
  },
  domain: {
    required: true,
  },
  note: {
    required: false,
  },
} satisfies FormConstraints;

export const petitionListAddress = {
  intent: {
    required: true,
  },
  email: {
    required: true,
  },
  note: {
    required: false,
  },
} satisfies FormConstraints;

export const petitionListNetwork = {
  intent: {
    required: true,
  },
  cidr: {
    required: true,
  },
  label: {
    required: true,
  },
  from: {
    required: true,
  },
  to: {
    required: true,
  },
} satisfies FormConstraints;

export const petitionResponse = {
  intent: {
    required: true,
  },
  response: {
    required: true,
  },
} satisfies FormConstraints;

export const petitionRequest = {
  email: {
    required: true,
  },
  message: {
    required: false,
  },
  consent: {
    required: true,
  },
} satisfies FormConstraints;

export const petitionSign = {
  firstName: {
    required: true,
  },
  lastName: {
    required: true,
  },
  email: {
    required: true,
  },
  residence: {
    required: false,
    pattern: "france|abroad",
  },
  postcode: {
    required: false,
  },
  country: {
    required: false,
  },
  consentProcessing: {
    required: true,
  },
  showName: {
    required: false,
  },
  wantsNewsletter: {
    required: false,
  },
  mayContact: {
    required: false,
  },
} satisfies FormConstraints;

export const projectFields = {
  kind: {
    required: true,
    pattern: "VIDEO_ANALYTICS|FACIAL_RECOGNITION|DRONES|SOUND_SENSORS|PREDICTIVE_POLICING|DATA_PLATFORM|OTHER",
  },
  title: {
    required: true,
  },
  description: {
    required: true,
  },
  startedOn: {
    required: false,
  },
  actors: {
    required: false,
  },
  sources: {
    required: false,
  },
} satisfies FormConstraints;

export const report = {
  kind: {
    required: true,
    pattern: "VIDEO_ANALYTICS|FACIAL_RECOGNITION|DRONES|SOUND_SENSORS|PREDICTIVE_POLICING|DATA_PLATFORM|OTHER",
  },
  title: {
    required: true,
  },
  description: {
    required: true,
  },
  startedOn: {
    required: false,
  },
  actors: {
    required: false,
  },
  sources: {
    required: false,
  },
  commune: {
    required: true,
  },
  inseeCode: {
    required: true,
  },
  email: {
    required: true,
  },
  mayCredit: {
    required: false,
  },
  creditName: {
    required: false,
  },
  documents: {
    required: false,
  },
} satisfies FormConstraints;

export const signIn = {
  email: {
    required: true,
  },
  redirectTo: {
    required: true,
  },
} satisfies FormConstraints;

export const volunteer = {
  name: {
    required: true,
  },
  commune: {
    required: true,
  },
  inseeCode: {
    required: true,
  },
  skills: {
    required: true,
    multiple: true,
  },
  "skills[]": {
    required: true,
    pattern: "LEGAL|RESEARCH|PRESS|DESIGN|DEVELOPMENT|TRANSLATION|ORGANISING|OTHER",
  },
  availability: {
    required: true,
    pattern: "MONTHLY|WEEKLY|MORE",
  },
  languages: {
    required: false,
  },
  message: {
    required: false,
  },
  email: {
    required: true,
  },
  consentContact: {
    required: true,
  },
} satisfies FormConstraints;

export const volunteerProfile = {
  name: {
    required: true,
  },
  commune: {
    required: true,
  },
  inseeCode: {
    required: true,
  },
  skills: {
    required: true,
    multiple: true,
  },
  "skills[]": {
    required: true,
    pattern: "LEGAL|RESEARCH|PRESS|DESIGN|DEVELOPMENT|TRANSLATION|ORGANISING|OTHER",
  },
  availability: {
    required: true,
    pattern: "MONTHLY|WEEKLY|MORE",
  },
  languages: {
    required: false,
  },
  message: {
    required: false,
  },
} satisfies FormConstraints;
