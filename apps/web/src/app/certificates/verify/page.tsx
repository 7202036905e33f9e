import type { RouterOutputs } from "@atelier/api";
import { editionLabel } from "@atelier/core/certificates/read";
import { Button, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "~/lib/dates";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Verify a certificate · Atelier" };

type Verification = RouterOutputs["certificate"]["verify"];

const INVALID_REASON = {
  malformed: "This is not an Atelier certificate code.",
  bad_signature: "The signature does not match: the certificate was changed, or it was not signed by Atelier.",
  unknown_key: "It was signed with a key that is not Atelier’s.",
} as const;

/** Anyone pastes a certificate's code (or scans its QR, which opens this page with ?c=…) and sees whether it is genuine and current. */
export default async function VerifyCertificatePage({ searchParams }: { searchParams: Promise<{ c?: string | string[] }> }) {
  const raw = (await searchParams).c;
  const input = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 4000) ?? "";
  const result = input.trim() ? await (await api()).certificate.verify({ token: input }) : null;
  return (
    <div className={containerClass("pt-10 pb-20")}>
      <div className="mx-auto max-w-2xl">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Certificates</p>
        <h1 className="mt-2 text-3xl sm:text-4xl">Verify a certificate</h1>
        <p className="mt-2 text-sm text-ink-soft">
          Paste the code from a certificate’s QR (or scan it with your phone). The signature is checked with Atelier’s{" "}
          <a href="/.well-known/atelier-certificate-key" className="underline underline-offset-4">
            public key
          </a>
          ; you can also check it offline with <code className="font-mono text-xs">scripts/verify-certificate.ts</code>.
        </p>
        <form method="get" action="/certificates/verify" className="mt-6 space-y-3">
          <label className="block text-sm font-medium" htmlFor="certificate-code">
            Certificate code or link
          </label>
          <textarea
            id="certificate-code"
            name="c"
            rows={4}
            defaultValue={input}
            className="w-full rounded-xl border border-line bg-white p-3 font-mono text-xs break-all"
            placeholder="ATC1.…"
            required
          />
          <Button type="submit">Verify</Button>
        </form>
        {result ? <VerificationResult result={result} /> : null}
      </div>
    </div>
  );
}

function VerificationResult({ result }: { result: Verification }) {
  const s = result.statement;
  const tone =
    result.status === "current"
      ? "border-emerald-600 bg-emerald-50"
      : result.status === "superseded"
        ? "border-amber-600 bg-amber-50"
        : "border-red-600 bg-red-50";
  return (
    <section className={`mt-8 rounded-2xl border-2 p-5 ${tone}`} aria-live="polite" data-testid="verification" data-status={result.status}>
      <h2 className="text-xl">
        {result.status === "current"
          ? "Valid — signed by Atelier, and current"
          : result.status === "superseded"
            ? `Superseded — current owner since ${formatDate(result.currentOwnerSince)}`
            : result.status === "unknown"
              ? "Signed by Atelier, but not on record here"
              : "Invalid"}
      </h2>
      {result.status === "invalid" ? <p className="mt-2 text-sm">{INVALID_REASON[result.reason]}</p> : null}
      {result.status === "superseded" ? (
        <p className="mt-2 text-sm">
          The signature is genuine, but the certificate has changed hands since this code was issued: ask the holder for the current one.
        </p>
      ) : null}
      {result.status === "current" && result.saleRefunded ? <p className="mt-2 text-sm">Note: the sale this certificate records was refunded.</p> : null}
      {s && result.status !== "invalid" ? (
        <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-xs uppercase text-muted">Work</dt>
            <dd>
              {s.title} by {s.artist}
            </dd>
          </div>
          <div>
            <dt className="text-xs uppercase text-muted">Edition</dt>
            <dd>{editionLabel({ editionNumber: s.edition?.number ?? 1, editionSize: s.edition?.size ?? null })}</dd>
          </div>
          <div>
            <dt className="text-xs uppercase text-muted">Date of sale</dt>
            <dd>{formatDate(s.issuedAt)}</dd>
          </div>
          <div>
            <dt className="text-xs uppercase text-muted">Certificate</dt>
            <dd>
              <Link href={`/certificates/${s.serial}`} className="font-mono underline underline-offset-4">
                {s.serial}
              </Link>
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
