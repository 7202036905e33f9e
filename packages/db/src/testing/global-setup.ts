import { readDbEnv } from "../env.ts";
import { preparePgliteSnapshot, prepareServerTemplate, type TestTemplate } from "./template.ts";

/**
 * Vitest global setup of the integration project: migrate one database for the run (template.ts) and
 * point every worker at it through the environment (workers start after this and inherit it).
 */
let template: TestTemplate | null = null;

export async function setup() {
  const env = readDbEnv();
  template = env.TEST_DATABASE_URL && env.ATELIER_TEST_DB !== "pglite" ? await prepareServerTemplate(env.TEST_DATABASE_URL) : await preparePgliteSnapshot();
  // eslint-disable-next-line no-restricted-properties -- writes, not reads: this is how the workers are handed the template
  Object.assign(process.env, template.env);
}

export async function teardown() {
  await template?.dispose();
}
