import {
  deliveriesSweepRequested,
  invoiceSweepRequested,
  exchangeRatesRefreshRequested,
  savedSearchDigestsRequested,
  type EventNamed,
  type EventSender,
} from "@atelier/events";

/** How often the app asks for a delivery sweep (confirm-delivery). */
export const DELIVERY_SWEEP_EVERY_MS = 60 * 60 * 1000;

/** The sweep event of the hour `at` falls in: one id per hour, so several servers (or a restart) sweep once an hour. */
export function deliveriesSweepEvent(afterDays: number, at: Date): EventNamed<"atelier/deliveries.sweep-requested"> {
  const hour = at.toISOString().slice(0, 13);
  return { name: deliveriesSweepRequested.name, data: { afterDays }, id: `deliveries-sweep:${hour}` };
}

/**
 * The periodic trigger of confirm-delivery (our job definitions have no cron trigger and our StepApi no
 * sleepUntil): sends the hour's sweep event now and then every `everyMs`, through whichever sender the
 * app runs (in-process queue or Inngest). Returns a stop function.
 */
export function startDeliverySweeps(
  sender: EventSender,
  opts: { afterDays: number; now?: () => Date; everyMs?: number; onError?: (e: unknown) => void },
): () => void {
  const now = opts.now ?? (() => new Date());
  const onError = opts.onError ?? ((e: unknown) => console.error("[jobs] delivery sweep", e));
  const tick = () => void sender.send(deliveriesSweepEvent(opts.afterDays, now())).catch(onError);
  tick();
  const timer = setInterval(tick, opts.everyMs ?? DELIVERY_SWEEP_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}

/** How often the app asks for the saved-search digest sweep. */
export const DIGEST_SWEEP_EVERY_MS = 60 * 60 * 1000;

/** The daily digest sweep of the UTC day `at` falls in: one id per day, so ticking every hour (or on several servers) sweeps once a day. */
export function savedSearchDigestSweepEvent(at: Date): EventNamed<"atelier/saved-search.digests-requested"> {
  return { name: savedSearchDigestsRequested.name, data: { reason: "daily" }, id: `saved-search-digests:${at.toISOString().slice(0, 10)}` };
}

/**
 * The daily backstop of saved-search alerts (each user's own digest run normally sends theirs): ticks every
 * hour, and the day's event id makes one sweep a day. Returns a stop function.
 */
export function startSavedSearchDigestSweeps(
  sender: EventSender,
  opts: { now?: () => Date; everyMs?: number; onError?: (e: unknown) => void } = {},
): () => void {
  const now = opts.now ?? (() => new Date());
  const onError = opts.onError ?? ((e: unknown) => console.error("[jobs] saved-search digest sweep", e));
  const tick = () => void sender.send(savedSearchDigestSweepEvent(now())).catch(onError);
  tick();
  const timer = setInterval(tick, opts.everyMs ?? DIGEST_SWEEP_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}

/**
 * How often the app asks for fresh exchange rates. The ECB publishes once per working day around 16:00 CET;
 * asking every 6 hours picks a new day up within hours and costs a few kilobytes.
 */
export const EXCHANGE_RATES_EVERY_MS = 6 * 60 * 60 * 1000;

/** The refresh of the 6-hour window `at` falls in: one id per window, so several servers (or restarts) fetch once. */
export function exchangeRatesRefreshEvent(at: Date): EventNamed<"atelier/exchange-rates.refresh-requested"> {
  const window = Math.floor(at.getUTCHours() / 6);
  return { name: exchangeRatesRefreshRequested.name, data: { reason: "scheduled" }, id: `exchange-rates:${at.toISOString().slice(0, 10)}:${window}` };
}

/** Starts the periodic rate refresh (the app calls it only when EXCHANGE_RATES_URL is set). Returns a stop function. */
export function startExchangeRateRefreshes(sender: EventSender, opts: { now?: () => Date; everyMs?: number; onError?: (e: unknown) => void } = {}): () => void {
  const now = opts.now ?? (() => new Date());
  const onError = opts.onError ?? ((e: unknown) => console.error("[jobs] exchange-rate refresh", e));
  const tick = () => void sender.send(exchangeRatesRefreshEvent(now())).catch(onError);
  tick();
  const timer = setInterval(tick, opts.everyMs ?? EXCHANGE_RATES_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}

/** How often the app asks for the invoice sweep (reminders, automatic voids). */
export const INVOICE_SWEEP_EVERY_MS = 60 * 60 * 1000;

/** The invoice sweep of the hour `at` falls in: one id per hour, so several servers (or a restart) sweep once an hour. */
export function invoiceSweepEvent(at: Date): EventNamed<"atelier/invoices.sweep-requested"> {
  return { name: invoiceSweepRequested.name, data: { reason: "hourly" }, id: `invoice-sweep:${at.toISOString().slice(0, 13)}` };
}

/** Ticks the invoice sweep now and every hour, through whichever sender the app runs. Returns a stop function. */
export function startInvoiceSweeps(sender: EventSender, opts: { now?: () => Date; everyMs?: number; onError?: (e: unknown) => void } = {}): () => void {
  const now = opts.now ?? (() => new Date());
  const onError = opts.onError ?? ((e: unknown) => console.error("[jobs] invoice sweep", e));
  const tick = () => void sender.send(invoiceSweepEvent(now())).catch(onError);
  tick();
  const timer = setInterval(tick, opts.everyMs ?? INVOICE_SWEEP_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}
