import type { AtelierEmbeddingModel } from "@atelier/ai";
import type { CertificateKey } from "@atelier/core/certificates/signing-key";
import type { PrintLabAdapter } from "@atelier/core/fulfilment";
import type { Storage } from "@atelier/core/storage";
import type { Db } from "@atelier/db";
import type { EventType } from "inngest";
import type Stripe from "stripe";
import type { z } from "zod";
import type { Mailer } from "./email/mailer.ts";
import type { CatalogueEvent } from "@atelier/events";
import type { EventSender } from "@atelier/events";

/** What functions need from the outside world, injected by whoever runs them (never read from env). */
export interface JobDeps {
  db: Db;
  mailer: Mailer;
  now: () => Date;
  /** the official Stripe SDK, pointed at Stripe or at the local payments sandbox */
  stripe: Stripe;
  /** public origin of the app (links in mails, business profile URLs) */
  appUrl: string;
  /** where functions' follow-up events go when they run in-process (Inngest mode uses step.sendEvent) */
  events: EventSender;
  /** the configured embedding model (provider's, or the local lexical one offline); null/absent → no embeddings */
  embeddings?: AtelierEmbeddingModel | null;
  /** DELIVERY_AUTO_CONFIRM_DAYS, for the item-shipped mail's wording (default 21) */
  deliveryAutoConfirmDays?: number;
  /** the platform's certificate signing key (CERTIFICATE_SIGNING_KEY); absent → the key generated into the data dir */
  certificateKey?: CertificateKey;
  /** the print lab (Printful, or the local lab); absent/null → print orders cannot be sent (the submit job fails loudly) */
  printLab?: PrintLabAdapter | null;
  /** EXCHANGE_RATES_URL: the reference-rate feed refresh-exchange-rates downloads; absent → no download (the snapshot stays) */
  exchangeRatesUrl?: string;
  /** media storage (artwork images, mockups); absent → jobs that draw images fail loudly */
  storage?: Storage;
  /** COMMISSION_LICENSED_BPS: the platform's fee on licensed products, for re-checking listings; absent → 1000 (the setting's default) */
  licensedFeeBps?: number;
  /** for downloads (tests pass a stub); absent → globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** The subset of Inngest's step tools our functions use. Both runners provide it. */
export interface StepApi {
  /** Runs `fn` once per run: its JSON result is memoised, so a retry resumes after completed steps. */
  run<T>(id: string, fn: () => Promise<T> | T): Promise<T>;
  /** Sends follow-up events once per run (memoised like a step). */
  sendEvent(id: string, events: CatalogueEvent | CatalogueEvent[]): Promise<void>;
  /**
   * Pauses the run until `until` (memoised: once past it, a retry does not sleep again). Inngest's
   * step.sleepUntil; in-process the run is re-queued with runAt = until and resumes after its finished steps.
   */
  sleepUntil(id: string, until: Date): Promise<void>;
}

export interface JobContext<TData> {
  event: { id: string; name: string; data: TData };
  step: StepApi;
  /** 0 on the first try, like Inngest's `attempt` */
  attempt: number;
  deps: JobDeps;
  /**
   * Aborted when this attempt runs out of time or its worker loses the run: pass it to whatever
   * accepts one (fetch, SDK calls), so a hung call gives up instead of holding a worker slot.
   */
  signal: AbortSignal;
}

/**
 * One durable function, written once and run by either runner.
 *
 * Why our own small definition instead of calling an Inngest function's handler directly: the SDK
 * keeps its handler and execution engine internal (they change between majors), while this shape is
 * tiny and stable. `toInngestFunction` turns it into a real `inngest.createFunction` (served at
 * /api/inngest and tested with @inngest/test); the in-process runner calls `handler` with its own
 * JobRun-backed `step`. The function body is the same code in both.
 */
export interface JobDefinition<
  TSchema extends z.ZodType<Record<string, unknown>, Record<string, unknown>> = z.ZodType<Record<string, unknown>, Record<string, unknown>>,
> {
  id: string;
  name: string;
  /** the events that start it; they share one data schema */
  triggers: readonly [EventType<string, TSchema>, ...EventType<string, TSchema>[]];
  /** attempts in total = retries + 1 */
  retries: number;
  /** how long one attempt may run in-process before it fails ("timed out") and is retried; the runner's default (30 s) otherwise */
  timeoutMs?: number;
  handler: (ctx: JobContext<z.infer<TSchema>>) => Promise<unknown>;
}

export function defineJob<TSchema extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(def: JobDefinition<TSchema>): JobDefinition<TSchema> {
  return def;
}

/** The trigger of `def` named `eventName`, if any. */
export function triggerFor(def: AnyJobDefinition, eventName: string) {
  return def.triggers.find((t) => t.name === eventName);
}

/** A job definition with its data type erased, for registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- registries hold functions of every event type
export type AnyJobDefinition = JobDefinition<any>;

/** The event names some function is triggered by: the one answer to "does anything handle this event?". */
export function consumedEventNames(functions: readonly AnyJobDefinition[]): ReadonlySet<string> {
  return new Set(functions.flatMap((f) => f.triggers.map((t) => t.name)));
}
