import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { PLANS } from "../plans/features.ts";
import { assertPlanAllows } from "../plans/gate.ts";
import { validateCredentials, type IntegrationAdapter, type IntegrationDeps } from "./adapter.ts";
import { CredentialDecryptError, credentialContext, decryptCredential, encryptCredential, type CredentialKeyring } from "./credential-cipher.ts";
import { adapterById, integrationAdapters } from "./registry.ts";

export interface CredentialDeps extends IntegrationDeps {
  keyring: CredentialKeyring;
}

/** What the browser may see of a stored credential: never the secret, only its masked hint. */
export interface CredentialView {
  provider: string;
  maskedHint: string;
  status: "CONNECTED" | "ERROR";
  lastTestedAt: Date | null;
  lastError: string | null;
  connectedAt: Date;
}

const viewSelect = { provider: true, maskedHint: true, status: true, lastTestedAt: true, lastError: true, createdAt: true } as const;
const toView = (r: {
  provider: string;
  maskedHint: string;
  status: "CONNECTED" | "ERROR";
  lastTestedAt: Date | null;
  lastError: string | null;
  createdAt: Date;
}) => ({
  provider: r.provider,
  maskedHint: r.maskedHint,
  status: r.status,
  lastTestedAt: r.lastTestedAt,
  lastError: r.lastError,
  connectedAt: r.createdAt,
});

function credentialAdapter(provider: string) {
  const adapter = adapterById(provider);
  if (!adapter) throw AppError.field("BAD_REQUEST", "provider", "Unknown integration.");
  if (adapter.connection.kind !== "credentials") {
    throw AppError.field(
      "BAD_REQUEST",
      "provider",
      `${adapter.name} is not connected with keys${adapter.connection.kind === "coming-soon" ? " (coming soon)" : ""}.`,
    );
  }
  return { adapter, connection: adapter.connection };
}

/** The plan gate for credentials: the adapter's feature, then the plan's count of payment integrations. */
async function assertMayConnect(db: Db, userId: string, adapter: IntegrationAdapter) {
  if (!adapter.requires) return;
  const plan = await assertPlanAllows(db, userId, adapter.requires);
  if (adapter.category !== "payments" || plan.paymentIntegrationLimit === null) return;
  const paymentIds = integrationAdapters.filter((a) => a.category === "payments" && a.id !== adapter.id).map((a) => a.id);
  const others = await db.integrationCredential.count({ where: { userId, provider: { in: paymentIds } } });
  if (others >= plan.paymentIntegrationLimit) {
    throw new AppError(
      "FORBIDDEN",
      `The ${plan.name} plan includes ${plan.paymentIntegrationLimit} payment integration — disconnect the other one, or move to ${PLANS.BUSINESS.name} at /studio/integrations`,
    );
  }
}

/**
 * Connects an integration with the artist's credentials: the plan allows it, the fields pass the adapter's
 * schema (field errors otherwise), a live test call succeeds (its error lands on the first field otherwise),
 * then the credentials are stored sealed (AES-256-GCM) and only the masked hint comes back.
 */
export async function connectIntegration(
  deps: CredentialDeps,
  userId: string,
  input: { provider: string; credentials: Record<string, string> },
): Promise<CredentialView> {
  const { adapter, connection } = credentialAdapter(input.provider);
  await assertMayConnect(deps.db, userId, adapter);
  const valid = validateCredentials(connection, input.credentials);
  if (!valid.ok) throw new AppError("BAD_REQUEST", "Check the highlighted fields.", { fieldErrors: valid.fieldErrors });
  const test = await connection.testConnection(deps, valid.value);
  if (!test.ok) throw AppError.field("BAD_REQUEST", connection.fields[0]!.name, test.error);
  const sealed = encryptCredential(deps.keyring, JSON.stringify(valid.value), credentialContext(userId, adapter.id));
  const data = { ...sealed, maskedHint: connection.mask(valid.value), status: "CONNECTED" as const, lastTestedAt: deps.now(), lastError: null };
  const row = await deps.db.integrationCredential.upsert({
    where: { userId_provider: { userId, provider: adapter.id } },
    create: { userId, provider: adapter.id, ...data },
    update: data,
    select: viewSelect,
  });
  return toView(row);
}

/** The stored credentials in the clear, for server-side use only (an invoice sent from the artist's own Stripe). */
export async function readCredentials(deps: CredentialDeps, userId: string, provider: string): Promise<Record<string, string | undefined> | null> {
  const row = await deps.db.integrationCredential.findUnique({ where: { userId_provider: { userId, provider } } });
  if (!row) return null;
  return JSON.parse(decryptCredential(deps.keyring, row, credentialContext(userId, provider))) as Record<string, string | undefined>;
}

/** Tries the stored credentials again and records the outcome (a value that no longer decrypts is reported, never used). */
export async function testIntegration(deps: CredentialDeps, userId: string, provider: string): Promise<CredentialView & { detail: string | null }> {
  const { adapter, connection } = credentialAdapter(provider);
  if (adapter.requires) await assertPlanAllows(deps.db, userId, adapter.requires);
  let outcome: { ok: true; detail: string } | { ok: false; error: string };
  try {
    const credentials = await readCredentials(deps, userId, provider);
    if (!credentials) throw new AppError("NOT_FOUND", `${adapter.name} is not connected.`);
    outcome = await connection.testConnection(deps, credentials);
  } catch (e) {
    if (!(e instanceof CredentialDecryptError)) throw e;
    outcome = { ok: false, error: `${e.message} Disconnect and connect again.` };
  }
  const row = await deps.db.integrationCredential.update({
    where: { userId_provider: { userId, provider } },
    data: { status: outcome.ok ? "CONNECTED" : "ERROR", lastTestedAt: deps.now(), lastError: outcome.ok ? null : outcome.error },
    select: viewSelect,
  });
  return { ...toView(row), detail: outcome.ok ? outcome.detail : null };
}

/** Deletes the stored credentials (allowed on any plan: an artist can always take their keys back). */
export async function disconnectIntegration(db: Db, userId: string, provider: string): Promise<{ disconnected: boolean }> {
  credentialAdapter(provider);
  const { count } = await db.integrationCredential.deleteMany({ where: { userId, provider } });
  return { disconnected: count > 0 };
}

export async function credentialViews(db: Db, userId: string): Promise<CredentialView[]> {
  return (await db.integrationCredential.findMany({ where: { userId }, select: viewSelect })).map(toView);
}
