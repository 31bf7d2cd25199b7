import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { databaseEnv } from "./env.server";

let client: PrismaClient | undefined;

/** The one Prisma client of this process, created on first use. */
export function db(): PrismaClient {
  if (!client) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = databaseEnv();
    client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE }),
      // Prisma's defaults (2 s to get a connection, 5 s to finish) turn a burst of signers, or a
      // busy machine, into errors for transactions that would have succeeded a moment later.
      transactionOptions: { maxWait: 10_000, timeout: 15_000 },
    });
  }
  return client;
}

export async function disconnectDb() {
  await client?.$disconnect();
  client = undefined;
}
