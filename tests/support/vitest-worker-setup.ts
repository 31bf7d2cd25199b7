import { afterAll, inject } from "vitest";
import { disconnectDb } from "~/utils/db.server";
import { stopJobClient } from "~/utils/jobs.server";
import { createDatabaseFromTemplateIfMissing, testDatabaseName } from "./databases";
import { TEST_ENV } from "./test-env";
import "./test-fetch";

Object.assign(process.env, TEST_ENV);

// Each worker gets its own database, cloned from the migrated template.
const worker = process.env.VITEST_POOL_ID ?? "1";
process.env.TEST_SERVER_URL ??= process.env.DATABASE_URL;
process.env.DATABASE_URL = await createDatabaseFromTemplateIfMissing(testDatabaseName(`vitest_${worker}`), inject("templateDatabase"));

afterAll(async () => {
  await stopJobClient();
  await disconnectDb();
});
