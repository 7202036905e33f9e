import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Admin" };

const sections = [
  { href: "/admin/applications", title: "Artist applications", body: "Review who may sell on Atelier." },
  { href: "/admin/store-applications", title: "Store applications", body: "Review who may run a store of licensed prints of artists’ work." },
  { href: "/admin/artworks", title: "Artwork moderation", body: "Approve, request changes or reject submitted work." },
  { href: "/admin/users", title: "Users & roles", body: "Grant and revoke admin, artist and buyer roles." },
  { href: "/admin/money", title: "Money", body: "Parked transfers and why, artists' debts after refunds, the ledger of any payee." },
  { href: "/admin/audit", title: "Audit log", body: "Every admin and money action, who did it and when." },
  { href: "/admin/webhooks", title: "Stripe webhooks", body: "Events Stripe sent, how they were handled, and replay for failed ones." },
  { href: "/admin/jobs", title: "Background jobs", body: "Durable function runs (mails, Stripe syncs): failures, retries and replay." },
  { href: "/admin/orders", title: "Orders", body: "Find any order by number, buyer email or artwork title; see its split, transfers and refunds." },
  { href: "/admin/metrics", title: "Metrics", body: "GMV, net revenue after Stripe fees, conversion, monthly sales and top artworks, per currency." },
  { href: "/admin/health", title: "Health", body: "Job queue, failures of the last day, parked work, slow procedures and provider errors." },
  { href: "/dev/mailbox", title: "Mailbox", body: "Mails the platform has sent (the local outbox)." },
];

export default async function AdminHomePage() {
  return (
    <div className={containerClass("py-12")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Admin</p>
      <h1 className="mt-2 text-4xl">Run the marketplace</h1>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((s) => (
          <li key={s.href}>
            <Link href={s.href} className="block h-full rounded-2xl border border-line bg-white/70 p-6 transition-colors hover:border-ink/40">
              <h2 className="text-xl">{s.title}</h2>
              <p className="mt-2 text-sm text-ink-soft">{s.body}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
