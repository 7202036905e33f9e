export { artistAssistant } from "./definition.ts";
export { artistTools, type ArtistTools } from "./tools.ts";
export { artistOfflinePolicy } from "./offline.ts";
