// The organizers' messages (app/utils/browser-messages.ts), with the pages that use them: the
// admin layout and the outbox import this module, so their route bundles carry both languages.
import { addMessages } from "./i18n";
import en from "~/locales/browser/en.admin";
import fr from "~/locales/browser/fr.admin";

addMessages("fr", fr);
addMessages("en", en);
