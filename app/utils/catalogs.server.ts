import { en } from "~/locales/en";
import { fr } from "~/locales/fr";

/** Every message of both languages: the server's catalogues (app/utils/i18n.ts). */
export const serverCatalogs: Record<"fr" | "en", Record<string, string>> = { fr, en };
