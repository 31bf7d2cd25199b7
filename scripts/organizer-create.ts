// npm run organizer:create -- someone@example.org [--admin] [--legal]
// Creates (or re-enables) an organizer account; the first admin is made this way, and the first
// legal organizer (mandates, issue 26: the flag is otherwise granted only by a legal organizer).
import { existsSync } from "node:fs";
import { z } from "zod";
import { addOrganizer, setOrganizerLegal } from "~/models/organizer.server";
import { disconnectDb } from "~/utils/db.server";
import { ensureDevSecrets } from "./dev-secrets";

// Outside production, the first command run on a machine may be this one: make the dev secrets.
if (process.env.NODE_ENV !== "production") ensureDevSecrets();
if (existsSync(".env")) process.loadEnvFile(".env");

const args = process.argv.slice(2);
const email = z.email().safeParse(args.find((arg) => !arg.startsWith("--")));
if (!email.success) {
  console.error("usage: npm run organizer:create -- someone@example.org [--admin] [--legal]");
  process.exit(2);
}
const role = args.includes("--admin") ? "ADMIN" : "ORGANIZER";
const organizer = await addOrganizer({ email: email.data, role, addedBy: null });
const legal = args.includes("--legal");
if (legal) await setOrganizerLegal({ organizerId: organizer.id, legal: true, by: null });
await disconnectDb();
console.log(`${email.data} can now sign in at /connexion (${role === "ADMIN" ? "admin" : "organizer"}${legal ? ", legal" : ""}).`);
