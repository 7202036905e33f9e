/** Calls the browser batches into one request: under the server's MAX_BATCH_SIZE (packages/api/src/http/trpc-handler.ts). */
export const CLIENT_BATCH_MAX_ITEMS = 10;
