export { startEmbeddedPostgres, freePort, isPortOpen, type EmbeddedPostgres } from "./server.ts";
