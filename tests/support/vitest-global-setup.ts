import type { TestProject } from "vitest/node";
import { dropDatabasesLike, ensureTemplate, testDatabaseName } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/** The migrated template (built once per migrations hash); each Vitest worker clones it (see vitest-worker-setup.ts). */
export default async function setup(project: TestProject) {
  await dropDatabasesLike(testDatabaseName("vitest_"));
  project.provide("templateDatabase", await ensureTemplate());
}
