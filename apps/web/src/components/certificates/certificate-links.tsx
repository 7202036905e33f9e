import Link from "next/link";

/** Links to certificates of authenticity ("Certificate · Edition 2 of 10"); nothing when there are none yet. */
export function CertificateLinks({ certificates }: { certificates: { serial: string; editionLabel: string }[] }) {
  if (certificates.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Certificates of authenticity">
      {certificates.map((c) => (
        <li key={c.serial}>
          <Link href={`/certificates/${c.serial}`} className="inline-flex items-center gap-1 rounded-full border border-line px-3 py-1 hover:border-ink/40">
            Certificate · {c.editionLabel}
          </Link>
        </li>
      ))}
    </ul>
  );
}
