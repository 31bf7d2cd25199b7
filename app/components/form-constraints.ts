// Written by `npm run forms:constraints` from app/models/form-schemas.server.ts: do not edit.
// Each form's HTML constraints (required, maxlength, pattern…), so that the browser needs no Zod.
import type { useForm } from "@conform-to/react";

type Constraints = NonNullable<Parameters<typeof useForm>[0]["constraint"]>;

export const FORM_CONSTRAINTS = {
  "document-request": {
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
  },
  "document-request-with-project": {
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
  },
  "document-request-campaign": {
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
  },
  "document-request-template": {
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
  },
  "document-request-take-item": {
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
  },
  donation: {
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
  },
  "donation-portal": {
    email: {
      required: true,
    },
  },
  "legal-action": {
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
  },
  "legal-action-update": {
    happenedOn: {
      required: true,
    },
    text: {
      required: true,
    },
  },
  "my-data": {
    email: {
      required: true,
    },
  },
  newsletter: {
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
  },
  organizer: {
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
  },
  "petition-open": {
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
  },
  "petition-edit": {
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
  },
  "petition-invalidation": {
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
  },
  "petition-response": {
    intent: {
      required: true,
    },
    response: {
      required: true,
    },
  },
  "petition-request": {
    email: {
      required: true,
    },
    message: {
      required: false,
    },
    consent: {
      required: true,
    },
  },
  "petition-sign": {
    firstName: {
      required: true,
    },
    lastName: {
      required: true,
    },
    email: {
      required: true,
    },
    postcode: {
      required: true,
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
  },
  "project-fields": {
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
  },
  report: {
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
  },
  "sign-in": {
    email: {
      required: true,
    },
    redirectTo: {
      required: true,
    },
  },
  volunteer: {
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
  },
  "volunteer-profile": {
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
  },
} satisfies Record<string, Constraints>;

export type FormName = keyof typeof FORM_CONSTRAINTS;
