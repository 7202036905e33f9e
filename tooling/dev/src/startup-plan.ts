import { SANDBOX_WEBHOOK_SECRET } from "@atelier/core/payments";
import { DEMO_ADMIN } from "@atelier/db/seed";

export interface StartupPlan {
  /** demo accounts with published passwords, the demo catalogue, the payments sandbox */
  demo: boolean;
  /** what a production start lacks; any one stops it */
  errors: string[];
  /** worth saying, not worth stopping for */
  notices: string[];
  /** the admin the seed creates, or null */
  admin: { email: string; password: string } | null;
  demoBuyer: boolean;
  catalogue: boolean;
  /** start the local payments sandbox (its webhook secret is published) */
  sandbox: boolean;
  /** start the local print lab (its webhook secret is published too) */
  printLab: boolean;
}

const MIN_ADMIN_PASSWORD = 12;

/**
 * What a start may do. Development (`./atelier dev`) is a demo. Production (`./atelier start`) is a
 * demo only with ATELIER_DEMO=1 (the end-to-end server sets it); otherwise it has no account with a
 * known password, no sandbox, and it needs a real AUTH_SECRET and Stripe.
 */
export function startupPlan(env: Record<string, string | undefined>, production: boolean): StartupPlan {
  const demo = !production || env.ATELIER_DEMO === "1";
  const stripe = !!env.STRIPE_SECRET_KEY;
  const catalogue = demo && env.ATELIER_SEED_CATALOGUE !== "0";
  if (demo) {
    return {
      demo,
      errors: [],
      notices: production ? ["ATELIER_DEMO=1: demo accounts with published passwords and the payments sandbox — never on a public server"] : [],
      admin: { email: env.ADMIN_EMAIL ?? DEMO_ADMIN.email, password: env.ADMIN_PASSWORD ?? DEMO_ADMIN.password },
      demoBuyer: true,
      catalogue,
      sandbox: !stripe,
      printLab: !env.PRINTFUL_API_KEY,
    };
  }
  const errors: string[] = [];
  const notices: string[] = [];
  if (!env.AUTH_SECRET) errors.push("set AUTH_SECRET (openssl rand -base64 32): it signs the session cookies");
  if (!stripe || !env.STRIPE_WEBHOOK_SECRET) {
    errors.push("set STRIPE_SECRET_KEY + STRIPE_WEBHOOK_SECRET (your Stripe keys), or ATELIER_DEMO=1 for a demo with the local payments sandbox");
  } else if (env.STRIPE_WEBHOOK_SECRET === SANDBOX_WEBHOOK_SECRET) {
    errors.push("STRIPE_WEBHOOK_SECRET is the payments sandbox's published secret: set the whsec_… of your Stripe webhook endpoint");
  }
  if (env.PRINTFUL_API_KEY && !env.PRINTFUL_WEBHOOK_SECRET) {
    errors.push("set PRINTFUL_WEBHOOK_SECRET (the hex secret_key Printful returns when you set up the webhook) with PRINTFUL_API_KEY");
  }
  let admin: StartupPlan["admin"] = null;
  if (!env.ADMIN_PASSWORD) {
    notices.push(
      "no admin account is created: set ADMIN_EMAIL + ADMIN_PASSWORD to create the admin, or sign up with ADMIN_EMAIL and confirm the address from the mail",
    );
  } else if (!env.ADMIN_EMAIL) {
    errors.push("set ADMIN_EMAIL to create the admin with ADMIN_PASSWORD");
  } else if (env.ADMIN_PASSWORD.length < MIN_ADMIN_PASSWORD || env.ADMIN_PASSWORD === DEMO_ADMIN.password) {
    errors.push(`set ADMIN_PASSWORD to a password of at least ${MIN_ADMIN_PASSWORD} characters that is not the demo password`);
  } else {
    admin = { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD };
  }
  return { demo, errors, notices, admin, demoBuyer: false, catalogue: false, sandbox: false, printLab: false };
}
