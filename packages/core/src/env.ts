import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";
import { parseCertificateKey } from "./certificates/signing-key.ts";
import { parseTrustedProxies, TrustedProxiesError } from "./rate-limit/client-address.ts";
import { parseCredentialKey } from "./integrations/credential-cipher.ts";

const count = (name: string, min = 1) => z.coerce.number().int().min(min, `${name} must be a whole number of at least ${min}`);

const credentialKey = (name: string) =>
  z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return;
      try {
        parseCredentialKey(value, name);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message });
      }
    });

/**
 * The domain's settings. The web app composes this with the other packages' schemas (see
 * apps/web/src/env.ts); domain functions receive the parsed values through their deps and never read
 * the environment themselves. Nothing is required.
 */
export const coreEnvSchema = {
  /** whoever signs up with this (verified) email also becomes an admin; the seed creates it */
  ADMIN_EMAIL: z.email("ADMIN_EMAIL must be an email address").optional(),
  /** sign-ups allowed per client address per hour */
  RATE_LIMIT_SIGN_UPS_PER_HOUR: count("RATE_LIMIT_SIGN_UPS_PER_HOUR").default(20),
  /** wrong passwords for one account from one address before each further one doubles the wait (1 s, 2 s … 15 min) */
  SIGN_IN_FREE_FAILURES_PER_ADDRESS: count("SIGN_IN_FREE_FAILURES_PER_ADDRESS").default(5),
  /** wrong passwords a day for one account (all addresses) before every failing address is made to wait at once */
  SIGN_IN_FREE_FAILURES_PER_ACCOUNT: count("SIGN_IN_FREE_FAILURES_PER_ACCOUNT").default(10),
  /** wrong passwords a day for one account after which every attempt on it waits (up to 5 min; a password reset clears it) */
  SIGN_IN_ACCOUNT_SLOWDOWN_AFTER: count("SIGN_IN_ACCOUNT_SLOWDOWN_AFTER").default(50),
  /** wrong passwords a day from one address over all accounts before that address waits (up to 1 h) */
  SIGN_IN_FREE_FAILURES_PER_ADDRESS_DAY: count("SIGN_IN_FREE_FAILURES_PER_ADDRESS_DAY").default(100),
  /** password-reset mails per address per hour */
  RATE_LIMIT_PASSWORD_RESETS_PER_HOUR: count("RATE_LIMIT_PASSWORD_RESETS_PER_HOUR").default(10),
  /**
   * Proxies whose X-Forwarded-For entries we believe: IPs and CIDR ranges, and the presets `loopback`
   * (a proxy on this host), `private` (private networks) and `vercel` (Vercel's own client-address
   * headers). Empty: no proxy is trusted and the client is the TCP peer (see rate-limit/client-address.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((spec, ctx) => {
      try {
        parseTrustedProxies(spec);
      } catch (e) {
        if (!(e instanceof TrustedProxiesError)) throw e;
        ctx.addIssue({ code: "custom", message: `TRUSTED_PROXIES: ${e.message}` });
      }
    }),
  /** image uploads per user per 10 minutes (each one is decoded and encoded several times) */
  RATE_LIMIT_UPLOADS_PER_10_MIN: count("RATE_LIMIT_UPLOADS_PER_10_MIN").default(30),
  /** wall previews ("see it on your wall") per user, or per address for visitors, per 10 minutes */
  RATE_LIMIT_WALL_PREVIEWS_PER_10_MIN: count("RATE_LIMIT_WALL_PREVIEWS_PER_10_MIN").default(60),
  /** the platform's commission on originals, in basis points of the price (5000 = 50%, as the seed asks) */
  COMMISSION_ORIGINALS_BPS: count("COMMISSION_ORIGINALS_BPS", 0).max(10_000, "COMMISSION_ORIGINALS_BPS is at most 10000 (100%)").default(5000),
  /** the platform's commission on editions, in basis points of the price */
  COMMISSION_EDITIONS_BPS: count("COMMISSION_EDITIONS_BPS", 0).max(10_000, "COMMISSION_EDITIONS_BPS is at most 10000 (100%)").default(3000),
  /** the platform's fee on licensed products (prints, merchandise, downloads), in basis points of the charged price after discount */
  COMMISSION_LICENSED_BPS: count("COMMISSION_LICENSED_BPS", 0).max(5_000, "COMMISSION_LICENSED_BPS is at most 5000 (50%)").default(1000),
  /** the platform's fee on invoices (live-show rollups, private sales), in basis points: the invoice's application fee */
  COMMISSION_INVOICES_BPS: count("COMMISSION_INVOICES_BPS", 0).max(5_000, "COMMISSION_INVOICES_BPS is at most 5000 (50%)").default(1000),
  /** checkouts a user may open per 10 minutes */
  RATE_LIMIT_CHECKOUTS_PER_10_MIN: count("RATE_LIMIT_CHECKOUTS_PER_10_MIN").default(10),
  /** calls one API token may make per minute (scripts and MCP agents alike), and of those, writes (mutations) */
  RATE_LIMIT_TOKEN_CALLS_PER_MINUTE: count("RATE_LIMIT_TOKEN_CALLS_PER_MINUTE").default(120),
  RATE_LIMIT_TOKEN_WRITES_PER_MINUTE: count("RATE_LIMIT_TOKEN_WRITES_PER_MINUTE").default(30),
  /** new enquiries (threads) a collector may start per hour; and messages anyone may write into enquiries per hour */
  RATE_LIMIT_ENQUIRIES_PER_HOUR: count("RATE_LIMIT_ENQUIRIES_PER_HOUR").default(10),
  RATE_LIMIT_ENQUIRY_MESSAGES_PER_HOUR: count("RATE_LIMIT_ENQUIRY_MESSAGES_PER_HOUR").default(60),
  /** days after shipping when an item the buyer has not confirmed counts as delivered */
  DELIVERY_AUTO_CONFIRM_DAYS: count("DELIVERY_AUTO_CONFIRM_DAYS").default(21),
  /** the platform's Ed25519 private key that signs certificates of authenticity (PKCS#8 PEM or base64 DER); absent → generated into the data dir */
  CERTIFICATE_SIGNING_KEY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return;
      try {
        parseCertificateKey(value);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message });
      }
    }),
  /** how long a digital download's link works after the buyer asks for it, in seconds (default 24 h; 1 min to 7 days) */
  DOWNLOAD_LINK_TTL_SECONDS: count("DOWNLOAD_LINK_TTL_SECONDS", 60).max(604_800, "DOWNLOAD_LINK_TTL_SECONDS is at most 604800 (7 days)").default(86_400),
  /** the key that encrypts stored third-party credentials (base64, 32 bytes); absent → derived from AUTH_SECRET with HKDF */
  CREDENTIALS_KEY: credentialKey("CREDENTIALS_KEY"),
  /** the key before the last rotation: still decrypts (`rotateCredentials` re-encrypts under CREDENTIALS_KEY), never encrypts */
  CREDENTIALS_KEY_PREVIOUS: credentialKey("CREDENTIALS_KEY_PREVIOUS"),
  /** the Facebook Page (linked to the Instagram professional account) that sends invoice links by direct message; with META_PAGE_ACCESS_TOKEN */
  META_PAGE_ID: z.string().regex(/^\d+$/, "META_PAGE_ID must be the numeric id of your Facebook Page").optional(),
  /** a Page access token with pages_messaging (and instagram_manage_messages for Instagram); absent → "not set up", links are copied by hand */
  META_PAGE_ACCESS_TOKEN: z.string().min(20, "META_PAGE_ACCESS_TOKEN must be a Page access token from Meta").optional(),
  META_GRAPH_URL: z.url("META_GRAPH_URL must be a URL (default https://graph.facebook.com/v21.0)").optional(),
  ASSISTANT_REQUESTS_PER_MINUTE: count("ASSISTANT_REQUESTS_PER_MINUTE").default(12),
  ASSISTANT_DAILY_TOKENS: count("ASSISTANT_DAILY_TOKENS", 1000).default(200_000),
  /** visitors (not signed in) share this per client address and day */
  ASSISTANT_VISITOR_REQUESTS_PER_DAY: count("ASSISTANT_VISITOR_REQUESTS_PER_DAY").default(40),
};

/**
 * Demo mode: the well-known demo accounts, the demo catalogue, the local payments sandbox (whose webhook
 * secret is published) and a generated AUTH_SECRET. `./atelier dev` and the end-to-end server imply it; a
 * production start (`./atelier start`, NODE_ENV=production) has none of it unless ATELIER_DEMO=1.
 */
export const demoEnvSchema = {
  ATELIER_DEMO: z
    .enum(["0", "1"], "ATELIER_DEMO must be 1 (demo accounts, payments sandbox) or 0")
    .optional()
    .transform((v) => v === "1"),
};

/** Payments: Stripe when STRIPE_SECRET_KEY is set, else the local sandbox that `./atelier dev` starts (STRIPE_SANDBOX_URL). */
export const paymentsEnvSchema = {
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_/, "STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…)")
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_/, "STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)")
    .optional(),
  STRIPE_SANDBOX_URL: z.url("STRIPE_SANDBOX_URL must be the local sandbox's URL, like http://localhost:12111").optional(),
};

/** Print-on-demand: Printful when PRINTFUL_API_KEY is set, else the local print lab that `./atelier dev` starts (PRINT_LAB_URL). */
export const printLabEnvSchema = {
  PRINTFUL_API_KEY: z.string().min(20, "PRINTFUL_API_KEY must be a Printful private token").optional(),
  PRINTFUL_WEBHOOK_SECRET: z
    .string()
    .regex(/^[0-9a-fA-F]{32,}$/, "PRINTFUL_WEBHOOK_SECRET must be the hexadecimal secret_key Printful returned for your webhook configuration")
    .optional(),
  PRINTFUL_STORE_ID: z.string().regex(/^\d+$/, "PRINTFUL_STORE_ID must be the numeric id of your Printful store").optional(),
  PRINTFUL_API_URL: z.url("PRINTFUL_API_URL must be a URL (default https://api.printful.com)").optional(),
  PRINTFUL_VARIANTS: z
    .string()
    .transform((text, ctx) => {
      try {
        return z.record(z.string(), z.string().regex(/^\d+(\/[a-z_]+\/[a-z_]+)?$/)).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({
          code: "custom",
          message:
            'PRINTFUL_VARIANTS must be JSON mapping our variant codes to Printful catalog variants, like {"giclee-a3":"1349","tshirt-m":"4012/front/dtg"}',
        });
        return z.NEVER;
      }
    })
    .optional(),
  PRINT_LAB_URL: z.url("PRINT_LAB_URL must be the local print lab's URL, like http://127.0.0.1:12299").optional(),
  PRINT_LAB_WEBHOOK_SECRET: z.string().min(16, "PRINT_LAB_WEBHOOK_SECRET must be at least 16 characters").optional(),
};

/** Media storage: an S3-compatible bucket when endpoint, bucket and both keys are set, else local disk. */
export const storageEnvSchema = {
  S3_ENDPOINT: z.url("S3_ENDPOINT must be a URL such as https://s3.eu-central-1.amazonaws.com").optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).optional(),
};

const coreSettingsObject = z.object(coreEnvSchema);
export type CoreSettings = z.output<typeof coreSettingsObject>;

/** The defaults, for callers that configure nothing (tests, scripts). */
export const defaultCoreSettings: CoreSettings = coreSettingsObject.parse({});

/** Where people write to Atelier's team (refunds after shipping, access questions): ADMIN_EMAIL, or the demo admin's address. */
export const teamEmail = (settings: Pick<CoreSettings, "ADMIN_EMAIL">): string => settings.ADMIN_EMAIL ?? "admin@atelier.local";

/** Validates the domain's settings from an environment (the one place this package reads it). */
export function coreEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  return createEnv({
    server: { ...coreEnvSchema, ...demoEnvSchema, ...paymentsEnvSchema, ...printLabEnvSchema, ...storageEnvSchema },
    runtimeEnv,
    emptyStringAsUndefined: true,
    isServer: true,
  });
}

/** The settings domain functions receive (limits and the admin email), picked from a validated env. */
export function coreSettingsOf(env: CoreSettings): CoreSettings {
  return coreSettingsObject.parse(Object.fromEntries(Object.keys(coreEnvSchema).map((k) => [k, env[k as keyof CoreSettings]])));
}
