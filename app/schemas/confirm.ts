import { z } from "zod";

/**
 * The second submit of an irreversible action. Without it the action only asks for the
 * confirmation (the page shows what will happen and a "Confirmer" button carrying confirm=1);
 * anything but "1" is refused by the schema.
 */
export const confirmField = z.literal("1", { error: "errors.confirm" }).optional();

/** Whether the submit is the confirmation (confirm=1) of an irreversible action, as confirmField parsed it. */
export const isConfirmed = (value: { confirm?: string }) => value.confirm === "1";
