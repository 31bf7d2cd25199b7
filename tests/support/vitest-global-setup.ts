import { dropDatabasesLike, prepareDatabase, recreateDatabase, testDatabaseName } from "./databases";

/** One migrated template per run; each Vitest worker clones it (see vitest-worker-setup.ts). */
export default async function setup() {
  await dropDatabasesLike(testDatabaseName("vitest_"));
  const template = testDatabaseName("vitest_template");
  await prepareDatabase(await recreateDatabase(template));
}
