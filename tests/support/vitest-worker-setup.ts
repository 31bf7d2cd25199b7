import { afterAll, expect, inject } from "vitest";
import { createDatabaseFromTemplateIfMissing, testDatabaseName } from "./databases";
import { TEST_ENV } from "./test-env";

Object.assign(process.env, TEST_ENV);

// Each worker gets its own database, cloned from the migrated template.
const worker = process.env.VITEST_POOL_ID ?? "1";
process.env.TEST_SERVER_URL ??= process.env.DATABASE_URL;
process.env.DATABASE_URL = await createDatabaseFromTemplateIfMissing(testDatabaseName(`vitest_${worker}`), inject("templateDatabase"));

// Every file runs in a process of its own. A unit test (tests/unit/) opens no connection: it is
// spared loading the tests' fetch agent, the Prisma client and pg-boss just to close nothing,
// a third of the unit tests' processor time (92 -> 59 core-seconds for the 49 files).
if (!expect.getState().testPath?.includes("/tests/unit/")) {
  await import("./test-fetch");
  afterAll(async () => {
    const [{ stopJobClient }, { disconnectDb }] = await Promise.all([import("~/utils/jobs.server"), import("~/utils/db.server")]);
    await stopJobClient();
    await disconnectDb();
  });
}
