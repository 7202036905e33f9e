import type { AtelierEmbeddingModel, OfflinePolicy } from "@atelier/ai";
import type { Identity } from "../accounts/identity.ts";
import type { Db } from "@atelier/db";
import type { LanguageModel, ToolSet } from "ai";
import type { Storage } from "../storage/index.ts";
import type { InvoiceCreateDeps } from "../invoices/deps.ts";
import type { InvoiceSyncDeps } from "../invoices/sync.ts";

export type AssistantKind = "PATRON" | "ARTIST";

/** What every assistant tool may use: the caller (never taken from the model), the database and the app's services. */
export interface AssistantToolContext {
  db: Db;
  /** the signed-in caller, or null for a visitor */
  identity: Identity | null;
  /** public origin for links, no trailing slash */
  appUrl: string;
  now: () => Date;
  storage: Storage;
  /** the configured chat model, for tools that run a nested model call (e.g. describing an image) */
  model: LanguageModel;
  /** the configured embedding model, or null (search then uses full-text only) */
  embeddings: AtelierEmbeddingModel | null;
  /** Stripe, events and the fee, for the artist assistant's draftInvoice (absent: it says invoicing is not available here) */
  invoicing?: InvoiceSyncDeps & InvoiceCreateDeps;
}

/**
 * One assistant: who may use it, what it is told, which tools it gets and how the offline
 * assistant plays it. The chat route is the same code for every definition.
 */
export interface AssistantDefinition {
  kind: AssistantKind;
  /** shown in the UI */
  name: string;
  canUse(identity: Identity | null): boolean;
  /** the message shown when canUse is false */
  deniedMessage: string;
  instructions(ctx: AssistantToolContext): string | Promise<string>;
  tools(ctx: AssistantToolContext): ToolSet;
  /**
   * Tools that change data. They run only as the first step after the user's own message: once any
   * tool result (data from the catalogue, which anyone can write) is in the turn, calls to them are
   * denied, so text inside an artwork description can never trigger a write.
   */
  writeTools: ReadonlySet<string>;
  /** Write tools that also need the user's explicit confirmation in the UI before they run. */
  confirmTools: ReadonlySet<string>;
  /** how the offline assistant picks tools and composes answers for this assistant */
  offlinePolicy: OfflinePolicy;
}
