/** Set PRISMA_MIGRATE_DEBUG=1 to see the schema engine's log lines and full stack traces. */
export const debug = Boolean(process.env.PRISMA_MIGRATE_DEBUG);
