import { LOCAL_LAB_WEBHOOK_SECRET, localLabAdapter } from "./local-lab-adapter.ts";
import type { PrintLabAdapter } from "./print-lab.ts";
import { printfulAdapter } from "./printful-adapter.ts";

export interface PrintLabSettings {
  /** a Printful private token: orders go to Printful */
  PRINTFUL_API_KEY?: string;
  /** the hex `secret_key` of the Printful webhook configuration */
  PRINTFUL_WEBHOOK_SECRET?: string;
  PRINTFUL_STORE_ID?: string;
  PRINTFUL_API_URL?: string;
  /** JSON: our variant codes → Printful's catalog variants, e.g. {"giclee-a3":"1349","tshirt-m":"4012/front/dtg"} */
  PRINTFUL_VARIANTS?: Record<string, string>;
  /** the local print lab's URL (set by `./atelier dev` and the end-to-end server when PRINTFUL_API_KEY is unset) */
  PRINT_LAB_URL?: string;
  PRINT_LAB_WEBHOOK_SECRET?: string;
}

/**
 * The one print lab of the app, picked like payments are: Printful when its key is set, else the local
 * lab `./atelier dev` starts, else null (print orders then fail loudly: "no print lab configured").
 */
export function printLabFromSettings(settings: PrintLabSettings, fetchImpl?: typeof fetch): PrintLabAdapter | null {
  if (settings.PRINTFUL_API_KEY) {
    if (!settings.PRINTFUL_WEBHOOK_SECRET) {
      throw new Error(
        "PRINTFUL_WEBHOOK_SECRET is required with PRINTFUL_API_KEY (the hex secret_key Printful returns when you set up the webhook, POST /v2/webhooks)",
      );
    }
    return printfulAdapter({
      apiKey: settings.PRINTFUL_API_KEY,
      webhookSecret: settings.PRINTFUL_WEBHOOK_SECRET,
      storeId: settings.PRINTFUL_STORE_ID,
      apiUrl: settings.PRINTFUL_API_URL,
      variants: settings.PRINTFUL_VARIANTS,
      fetch: fetchImpl,
    });
  }
  if (settings.PRINT_LAB_URL) {
    return localLabAdapter({ url: settings.PRINT_LAB_URL, webhookSecret: settings.PRINT_LAB_WEBHOOK_SECRET ?? LOCAL_LAB_WEBHOOK_SECRET, fetch: fetchImpl });
  }
  return null;
}
