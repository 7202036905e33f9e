export { inngest } from "./client.ts";
export * as events from "./events.ts";
