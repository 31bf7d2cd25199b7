/** A petition's status as pages see it (the Prisma enum's values, without importing the client). */
export type PetitionPanelStatus = "OPEN" | "CLOSED" | "DELIVERED" | "ANSWERED";
