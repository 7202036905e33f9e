import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { OwnerVisibilityToggle } from "~/components/certificates/owner-visibility";
import { QrCode } from "~/components/certificates/qr-code";
import { TransferCertificateForm } from "~/components/certificates/transfer-form";
import { mediaUrl } from "~/components/artwork-picture";
import { formatDate } from "~/lib/dates";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";
import { publicAppUrl } from "~/server/payments";

export const metadata: Metadata = { title: "Certificate of authenticity · Atelier", robots: { index: false } };

const HISTORY_LABEL = {
  ISSUED: "Sold through Atelier",
  SALE: "Sold again through Atelier",
  PRIVATE: "Transferred privately",
  RETURNED: "Returned to the artist",
} as const;

/** The public certificate: the work, the artist, edition n of N, date of sale and the signed QR code; the owner may transfer it. */
export default async function CertificatePage({ params }: { params: Promise<{ serial: string }> }) {
  const { serial } = await params;
  const c = await orNotFound((await api()).certificate.bySerial({ serial: decodeURIComponent(serial).slice(0, 32).toUpperCase() }));
  const verifyUrl = `${publicAppUrl()}/certificates/verify?c=${c.token}`;
  return (
    <div className={containerClass("pt-10 pb-20")}>
      <article className="mx-auto max-w-3xl rounded-3xl border border-line bg-white/80 p-5 sm:p-10" data-testid="certificate">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Certificate of authenticity</p>
        <h1 className="mt-2 text-3xl break-words sm:text-4xl">{c.title}</h1>
        <p className="mt-1 text-lg text-ink-soft">
          by{" "}
          <Link href={`/artists/${c.artist.slug}`} className="text-ink underline-offset-4 hover:underline">
            {c.artist.displayName}
          </Link>
        </p>
        <div className="mt-6 grid gap-6 sm:grid-cols-[1fr_13rem]">
          {c.image?.key ? (
            <img
              src={mediaUrl(c.image.key)}
              alt={c.image.altText || c.title}
              width={c.image.width}
              height={c.image.height}
              className="h-auto w-full rounded-xl object-contain"
            />
          ) : (
            <div className="aspect-square rounded-xl bg-paper-deep" aria-hidden />
          )}
          <div className="space-y-3">
            <QrCode value={verifyUrl} label={`QR code to verify certificate ${c.serial}`} className="w-full max-w-52 rounded-lg border border-line" />
            <p className="text-xs text-muted">Scan to verify. The code carries the signed statement, so it can be checked offline with Atelier’s public key.</p>
          </div>
        </div>
        <dl className="mt-8 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <Row term="Edition" value={<span data-testid="certificate-edition">{c.editionLabel}</span>} />
          <Row term="Date of sale" value={formatDate(c.saleDate)} />
          {c.medium ? <Row term="Medium" value={c.medium} /> : null}
          {c.year ? <Row term="Year" value={String(c.year)} /> : null}
          <Row term="Held by" value={`${c.ownerLabel}, since ${formatDate(c.ownedSince)}`} />
          <Row term="Certificate number" value={<span className="font-mono">{c.serial}</span>} />
        </dl>
        {c.returnedToArtist ? (
          <p className="mt-6 rounded-xl bg-paper-deep p-3 text-sm">
            This unit was returned to the artist after a refund; its next sale passes this certificate on.
          </p>
        ) : c.saleRefunded ? (
          <p className="mt-6 rounded-xl bg-paper-deep p-3 text-sm">The sale recorded by this certificate was refunded.</p>
        ) : null}
        <section className="mt-8 border-t border-line pt-6" aria-labelledby="provenance">
          <h2 id="provenance" className="text-lg">
            Provenance
          </h2>
          <ol className="mt-3 space-y-1 text-sm text-ink-soft">
            {c.history.map((h) => (
              <li key={h.version}>
                {formatDate(h.at)} · {HISTORY_LABEL[h.kind]}
              </li>
            ))}
          </ol>
        </section>
        <p className="mt-6 flex flex-wrap gap-4 text-sm">
          <Link href={`/certificates/verify?c=${c.token}`} className="text-ink underline underline-offset-4">
            Verify this certificate
          </Link>
          <Link href={`/artworks/${c.artworkSlug}`} className="text-ink-soft underline-offset-4 hover:underline">
            See the work
          </Link>
        </p>
      </article>
      {c.isOwner ? (
        <section className="mx-auto mt-8 max-w-3xl space-y-6 rounded-3xl border border-line bg-white/70 p-5 sm:p-8" aria-labelledby="yours">
          <h2 id="yours" className="text-lg">
            You hold this certificate
          </h2>
          <OwnerVisibilityToggle serial={c.serial} showOwnerName={c.ownerNamePublic} />
          <div>
            <h3 className="font-medium">Sold it privately?</h3>
            <p className="mt-1 text-sm text-ink-soft">Transfer the certificate to the new owner’s Atelier account; the provenance records it.</p>
            <div className="mt-3">
              <TransferCertificateForm serial={c.serial} />
            </div>
          </div>
        </section>
      ) : null}
    </div>
  );
}

function Row({ term, value }: { term: string; value: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-muted">{term}</dt>
      <dd className="mt-0.5 text-ink">{value}</dd>
    </div>
  );
}
