import { getDb } from "@atelier/db";
import {
  allFunctions,
  createInngestSender,
  createInProcessSender,
  inngest,
  outboxMailer,
  smtpMailer,
  startWorker,
  usesInngest,
  type JobDeps,
  type Worker,
} from "@atelier/jobs";
import { missingStripe } from "@atelier/core/payments";
import type { EventSender } from "@atelier/events";
import { env } from "~/env";
import { certificateKey } from "./certificates";
import { getEmbeddings } from "./embeddings";
import { getPayments, publicAppUrl } from "./payments";
import { mediaStorage } from "./media-storage";
import { getPrintLab } from "./print-lab";

/**
 * How background work runs in this process. With an Inngest server configured (INNGEST_EVENT_KEY,
 * INNGEST_DEV or INNGEST_BASE_URL) events go to Inngest, which calls /api/inngest; otherwise each
 * event is queued as JobRun rows and a worker in this process runs them.
 * (No "server-only" import: instrumentation.ts loads this outside the React server graph.)
 */
interface JobsRuntime {
  mode: "inngest" | "in-process";
  sender: EventSender;
  deps: JobDeps;
  startWorker(): void;
}

const g = globalThis as unknown as { atelierJobs?: JobsRuntime };

function create(): JobsRuntime {
  const db = getDb();
  const mailer = env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.MAIL_FROM ?? "Atelier <no-reply@atelier.local>") : outboxMailer;
  const base = {
    db,
    mailer,
    now: () => new Date(),
    stripe: getPayments()?.stripe ?? missingStripe,
    appUrl: publicAppUrl(),
    embeddings: getEmbeddings(),
    deliveryAutoConfirmDays: env.DELIVERY_AUTO_CONFIRM_DAYS,
    certificateKey: certificateKey(),
    printLab: getPrintLab(),
    exchangeRatesUrl: env.EXCHANGE_RATES_URL,
    storage: mediaStorage(),
    licensedFeeBps: env.COMMISSION_LICENSED_BPS,
  };
  if (usesInngest(env)) {
    const sender = createInngestSender(inngest, allFunctions);
    return { mode: "inngest", sender, deps: { ...base, events: sender }, startWorker() {} };
  }
  let worker: Worker | null = null;
  const sender = createInProcessSender(db, { functions: allFunctions, onQueued: () => worker?.wake() });
  const deps: JobDeps = { ...base, events: sender };
  return {
    mode: "in-process",
    sender,
    deps,
    startWorker() {
      worker ??= startWorker(db, { deps, pollMs: 2_000 });
    },
  };
}

export function jobs(): JobsRuntime {
  g.atelierJobs ??= create();
  return g.atelierJobs;
}
