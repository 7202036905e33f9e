import type { AtelierEmbeddingModel } from "@atelier/ai";
import type { ImageModelV4 } from "@ai-sdk/provider";
import { resolveApiTokenGrant, type ApiTokenGrant } from "@atelier/core/accounts/api-tokens";
import { loadIdentity, type Identity } from "@atelier/core/accounts/identity";
import { clientAddressFromHeaders, parseTrustedProxies, type TrustedProxies } from "@atelier/core/rate-limit";
import { defaultCoreSettings, type CoreSettings } from "@atelier/core/env";
import { dataDir, type Db } from "@atelier/db";
import type { PaymentsConfig } from "@atelier/core/payments";
import { missingEventSender, type EventSender } from "@atelier/events";
import crypto from "node:crypto";
import path from "node:path";
import type { AssistantLimits } from "@atelier/core/assistant/allowance";
import { localStorage, type Storage } from "@atelier/core/storage";
import { resolveCertificateKey, type CertificateKey } from "@atelier/core/certificates/signing-key";
import { cartCookieHeader, cartKeyFromCookieHeader } from "@atelier/core/cart/cookie";
import { credentialKeyring, type CredentialKeyring } from "@atelier/core/integrations/credential-cipher";

export interface ContextDeps {
  db: Db;
  headers: Headers;
  /** The signed-in user id from the session cookie, if any (supplied by the web app's next-auth). */
  getSessionUserId: () => Promise<string | null>;
  /** the caller's address as already decided (tests, or a server that knows its peer); else read from the headers */
  clientIp?: string;
  /** whose X-Forwarded-For entries count when the address is read from the headers; absent → no proxy is trusted */
  trustedProxies?: TrustedProxies;
  clock?: () => Date;
  /** where background work is sent (Inngest or the in-process queue); required by procedures that send events */
  events?: EventSender;
  /** public origin for links in mails; defaults to the request's host */
  appUrl?: string;
  /** media storage (the web app builds it from its settings); defaults to local disk under the default data dir */
  storage?: Storage;
  /** Stripe (or the local sandbox) through the official SDK; null/absent → payment procedures answer "not configured" */
  payments?: PaymentsConfig | null;
  /** who answers the assistants and their limits; defaults to the offline assistant with the default limits */
  assistant?: AssistantInfo;
  /** embeds search queries (the provider's model, or the local lexical one offline); null/absent → full-text search only */
  embeddings?: AtelierEmbeddingModel | null;
  /** the domain's validated settings (limits, admin email); absent → the defaults */
  settings?: CoreSettings;
  /** the response's headers (tRPC's resHeaders), so a procedure can set a cookie; absent → cookies are not set */
  resHeaders?: Headers;
  /** the platform's certificate signing key (the web app resolves it at start-up); absent → the key generated into the data dir */
  certificateKey?: CertificateKey;
  /** the image model that renders wall previews realistically (from the AI settings); null/absent → the composite only */
  imageModel?: ImageModelV4 | null;
  /** the key that signs download links (deriveDownloadLinkKey(AUTH_SECRET)); absent → a random key for this process */
  downloadLinkKey?: Uint8Array;
  /** the keys that seal stored integration credentials (credentialKeyring(settings, AUTH_SECRET)); absent → from settings, else a key for this process */
  credentialKeyring?: CredentialKeyring;
  /** which door the call came through: the tRPC route (and server components), or the MCP endpoint; absent → "trpc" */
  surface?: CallSurface;
}

export type CallSurface = "trpc" | "mcp";

/** The visitor cart's cookie (atelier_cart): the key the request carried, and a way to set or clear it on the response. */
export interface CartCookie {
  key: string | null;
  set(key: string | null): void;
}

export interface AssistantInfo {
  providerLabel: string;
  offline: boolean;
  limits: AssistantLimits;
}

export interface Context {
  db: Db;
  identity: Identity | null;
  /** set when the caller sent a bearer token we could not accept */
  tokenRejected: boolean;
  /** the bearer token the caller proved themselves with (its scopes limit what they may call); null for sessions and visitors */
  apiToken: ApiTokenGrant | null;
  surface: CallSurface;
  clientIp: string;
  now: () => Date;
  events: EventSender;
  /** public origin, e.g. https://atelier.example (no trailing slash) */
  appUrl: string;
  storage: Storage;
  payments: PaymentsConfig | null;
  assistant: AssistantInfo;
  embeddings: AtelierEmbeddingModel | null;
  settings: CoreSettings;
  cartCookie: CartCookie;
  /** the certificate signing key, resolved on first use */
  certificateKey: () => CertificateKey;
  imageModel: ImageModelV4 | null;
  downloadLinkKey: () => Uint8Array;
  credentialKeyring: () => CredentialKeyring;
}

/** Without a configured key, links are signed with one made for this process (they stop working when it exits). */
let processLinkKey: Uint8Array | undefined;
const randomLinkKey = () => (processLinkKey ??= new Uint8Array(crypto.randomBytes(32)));
let processCredentialSecret: string | undefined;
const randomCredentialSecret = () => (processCredentialSecret ??= crypto.randomBytes(32).toString("base64"));

const NO_TRUSTED_PROXIES = parseTrustedProxies("");

/** Identity comes from `Authorization: Bearer <api token>` when present, else from the session cookie. */
export async function createContext({
  db,
  headers,
  getSessionUserId,
  clientIp: givenClientIp,
  trustedProxies,
  clock,
  events,
  appUrl,
  storage,
  payments,
  assistant,
  embeddings,
  settings,
  resHeaders,
  certificateKey,
  imageModel,
  downloadLinkKey,
  credentialKeyring: givenKeyring,
  surface,
}: ContextDeps): Promise<Context> {
  const authz = headers.get("authorization");
  const clientIp = givenClientIp ?? clientAddressFromHeaders(headers, trustedProxies ?? NO_TRUSTED_PROXIES);
  const base = {
    db,
    clientIp,
    now: clock ?? (() => new Date()),
    events: events ?? missingEventSender,
    appUrl: appUrl ?? originOf(headers),
    storage: storage ?? localStorage(path.join(dataDir(), "media")),
    payments: payments ?? null,
    assistant: assistant ?? { providerLabel: "Offline assistant", offline: true, limits: settings ?? defaultCoreSettings },
    embeddings: embeddings ?? null,
    settings: settings ?? defaultCoreSettings,
    cartCookie: cartCookieOf(headers, resHeaders, appUrl ?? originOf(headers)),
    certificateKey: () => certificateKey ?? resolveCertificateKey(undefined, dataDir()),
    imageModel: imageModel ?? null,
    downloadLinkKey: () => downloadLinkKey ?? randomLinkKey(),
    credentialKeyring: () => givenKeyring ?? credentialKeyring(settings ?? defaultCoreSettings, randomCredentialSecret),
    surface: surface ?? "trpc",
  };
  if (authz?.toLowerCase().startsWith("bearer ")) {
    const grant = await resolveApiTokenGrant(db, authz.slice(7).trim());
    const identity = grant ? await loadIdentity(db, grant.userId, "token") : null;
    return { ...base, identity, tokenRejected: !identity, apiToken: identity ? grant : null };
  }
  const sessionUserId = await getSessionUserId();
  const identity = sessionUserId ? await loadIdentity(db, sessionUserId, "session") : null;
  return { ...base, identity, tokenRejected: false, apiToken: null };
}

function cartCookieOf(headers: Headers, resHeaders: Headers | undefined, origin: string): CartCookie {
  const cookie: CartCookie = {
    key: cartKeyFromCookieHeader(headers.get("cookie")),
    set(key) {
      cookie.key = key;
      resHeaders?.append("set-cookie", cartCookieHeader(key, origin.startsWith("https:")));
    },
  };
  return cookie;
}

function originOf(headers: Headers): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return "http://localhost:3000";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? (/^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}
