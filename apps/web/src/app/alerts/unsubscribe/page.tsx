import { Alert } from "@atelier/ui";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { api } from "~/server/api";
import { ManageLink, UnsubscribeForm } from "./unsubscribe-form";

// the token is in this page's address: never send it on to another site, nor index the page
export const metadata: Metadata = { title: "Stop alerts for a saved search", referrer: "no-referrer", robots: { index: false, follow: false } };

/** The digest mail's "Stop alerts for this search": works without signing in (the token is the credential), any number of times. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const found = await (await api()).savedSearch.byToken({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message };
    throw error;
  });
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-4xl">Saved-search alerts</h1>
      {"error" in found ? (
        <div className="mt-8 space-y-6">
          <Alert data-testid="unsubscribe-invalid">{found.error}</Alert>
          <ManageLink />
        </div>
      ) : found.alerts === "OFF" ? (
        <div className="mt-8 space-y-6">
          <Alert tone="info" data-testid="unsubscribe-done">
            Alerts for “{found.name}” are already off. We won&apos;t email you about this search.
          </Alert>
          <ManageLink />
        </div>
      ) : (
        <UnsubscribeForm token={token} name={found.name} />
      )}
    </div>
  );
}
