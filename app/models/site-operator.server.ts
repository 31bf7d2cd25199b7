// Who runs the site, from the environment (SITE_* in .env.example): the legal pages show it.
import { env } from "~/utils/env.server";

export function siteOperator() {
  const e = env();
  return {
    publisher: e.SITE_PUBLISHER,
    // The legal notice tells the operator what to set; an email's footer leaves an unset address out.
    publisherAddress: e.SITE_PUBLISHER_ADDRESS ?? "Adresse de l'éditeur (démonstration : SITE_PUBLISHER_ADDRESS)",
    director: e.SITE_PUBLICATION_DIRECTOR,
    contact: e.SITE_CONTACT_EMAIL,
    host: e.SITE_HOST,
    hostAddress: e.SITE_HOST_ADDRESS,
    members: e.SITE_MEMBERS,
  };
}
