import type { Db } from "@atelier/db";
import type Stripe from "stripe";
import type { z } from "zod";
import type { FieldErrors } from "../errors.ts";
import type { PlanFeature } from "../plans/features.ts";

/** What an adapter may use to test a connection. */
export interface IntegrationDeps {
  db: Db;
  /** the app's Stripe client (Stripe, or the local sandbox offline); null when payments are not configured */
  stripe: Stripe | null;
  now: () => Date;
}

export type ConnectionTest = { ok: true; detail: string } | { ok: false; error: string };

/** How a tile connects: through an account the artist already has in Atelier, with credentials they paste, or not yet at all. */
export type IntegrationConnection =
  | { kind: "platform-account"; managePath: string }
  | {
      kind: "credentials";
      /** the form's fields, in order */
      fields: { name: string; label: string; placeholder: string; optional?: boolean; secret: boolean; help: string }[];
      /** zod over the fields; its issues become field errors */
      schema: z.ZodType<Record<string, string | undefined>>;
      /** what the artist sees instead of the secret, e.g. `sk_test_…4242` */
      mask(credentials: Record<string, string | undefined>): string;
      testConnection(deps: IntegrationDeps, credentials: Record<string, string | undefined>): Promise<ConnectionTest>;
    }
  | { kind: "coming-soon" };

export interface IntegrationAdapter {
  /** stable id, stored on IntegrationCredential.provider */
  id: string;
  name: string;
  /** path of the logo under apps/web/public */
  logo: string;
  description: string;
  category: "payments" | "commerce";
  connection: IntegrationConnection;
  /** the plan feature that unlocks it (absent: every plan) */
  requires?: PlanFeature;
  /** can issue invoices for the seller (invoice procedures may route through it) */
  invoicing?: { hostedInvoices: boolean };
}

export type ValidatedCredentials = { ok: true; value: Record<string, string | undefined> } | { ok: false; fieldErrors: FieldErrors };

/** Runs the adapter's zod schema and turns its issues into field errors keyed by field name. */
export function validateCredentials(connection: Extract<IntegrationConnection, { kind: "credentials" }>, input: unknown): ValidatedCredentials {
  const parsed = connection.schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "credentials");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, fieldErrors };
}
