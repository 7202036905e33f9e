import { embeddedDatabaseUrl } from "@atelier/db";

/** The embedded database the e2e server runs on (tooling/dev/e2e-server.mjs), for tests that write fixtures directly. */
export const e2eDatabaseUrl = embeddedDatabaseUrl(Number(process.env.E2E_DB_PORT ?? 54339));
