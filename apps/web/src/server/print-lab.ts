import { printLabFromSettings, type PrintLabAdapter } from "@atelier/core/fulfilment";
import { env } from "~/env";

const g = globalThis as unknown as { atelierPrintLab?: PrintLabAdapter | null };

/**
 * The print lab, picked like payments (./payments.ts): Printful when PRINTFUL_API_KEY is set, else the
 * local print lab that `./atelier dev` starts (PRINT_LAB_URL). Null when neither is set.
 */
export function getPrintLab(): PrintLabAdapter | null {
  // the local lab's webhook secret is published: only a demo (or development) may use it
  const localAllowed = env.NODE_ENV !== "production" || env.ATELIER_DEMO;
  if (g.atelierPrintLab === undefined) g.atelierPrintLab = printLabFromSettings(localAllowed ? env : { ...env, PRINT_LAB_URL: undefined });
  return g.atelierPrintLab;
}
