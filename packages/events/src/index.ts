export * from "./catalogue.ts";
export * from "./sender.ts";
