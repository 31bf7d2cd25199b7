import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// The CLI runs on the Wasm schema engine through the pg driver adapter
// (see docs/decisions/0001-prisma-without-native-engines.md).

// prisma/orm#27403: catalog types the adapter cannot map are read as text.
// "char", name, int2vector, regproc, oidvector, pg_node_tree, aclitem, regclass, regtype
const CATALOG_TYPES = new Set([18, 19, 22, 24, 30, 194, 1033, 2205, 2206]);
// addFields is internal to pg, hence absent from its types.
type ResultInternals = { addFields(fields: { dataTypeID: number }[]): void };
const resultPrototype = pg.Result.prototype as unknown as ResultInternals;
const addFields = resultPrototype.addFields;
resultPrototype.addFields = function (this: ResultInternals, fields) {
  for (const field of fields) if (CATALOG_TYPES.has(field.dataTypeID)) field.dataTypeID = 25;
  return addFields.call(this, fields);
};

function connectionConfig() {
  const raw = process.env.DATABASE_URL;
  if (!raw) throw new Error("DATABASE_URL is not set (run Prisma through the npm scripts).");
  const url = new URL(raw);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    // Discrete fields, not a connection string: otherwise the shadow database override is
    // ignored and `migrate dev` replays migrations on the main database (P3006).
    const config = connectionConfig();
    const main = new PrismaPg(config);
    return Object.assign(main, {
      // The adapter drops its shadow database while its own pool is still connected.
      async connectToShadowDb() {
        const admin = await main.connect();
        const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
        await admin.executeScript(`CREATE DATABASE "${database}"`);
        const shadow = await new PrismaPg({ ...config, database }).connect();
        const dispose = shadow.dispose.bind(shadow);
        shadow.dispose = async () => {
          await dispose();
          await admin.executeScript(`DROP DATABASE "${database}" WITH (FORCE)`);
          await admin.dispose();
        };
        return shadow;
      },
    });
  },
});
