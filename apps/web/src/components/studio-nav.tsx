"use client";

import { cn, containerClass } from "@atelier/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/studio", label: "Artworks", current: (p: string) => p === "/studio" || p.startsWith("/studio/artworks") },
  { href: "/studio/profile", label: "Profile", current: (p: string) => p.startsWith("/studio/profile") },
  { href: "/studio/licensing", label: "Licensing", current: (p: string) => p.startsWith("/studio/licensing") },
  { href: "/studio/shop", label: "Shop", current: (p: string) => p.startsWith("/studio/shop") },
  { href: "/studio/shows", label: "Live shows", current: (p: string) => p.startsWith("/studio/shows") },
  { href: "/studio/sales", label: "Sales", current: (p: string) => p.startsWith("/studio/sales") },
  { href: "/studio/invoices", label: "Invoices", current: (p: string) => p.startsWith("/studio/invoices") },
  { href: "/studio/enquiries", label: "Enquiries", current: (p: string) => p.startsWith("/studio/enquiries") },
  { href: "/studio/earnings", label: "Earnings", current: (p: string) => p.startsWith("/studio/earnings") },
  { href: "/studio/payments", label: "Payments", current: (p: string) => p.startsWith("/studio/payments") },
  { href: "/studio/integrations", label: "Integrations", current: (p: string) => p.startsWith("/studio/integrations") },
  { href: "/studio/assistant", label: "Assistant", current: (p: string) => p.startsWith("/studio/assistant") },
];

/** The studio's sections, on every studio page; one row that scrolls sideways on a phone. */
export function StudioNav() {
  const pathname = usePathname();
  return (
    <div className="border-b border-line bg-white/40">
      <nav aria-label="Studio" className={containerClass("-mb-px flex items-center gap-1 overflow-x-auto text-sm")}>
        <span className="mr-3 shrink-0 py-3 text-xs font-semibold uppercase tracking-[0.2em] text-accent">Studio</span>
        {LINKS.map((l) => {
          const current = l.current(pathname);
          return (
            <Link
              key={l.href}
              href={l.href}
              aria-current={current ? "page" : undefined}
              className={cn(
                "shrink-0 border-b-2 px-3 py-3 transition-colors",
                current ? "border-ink font-medium text-ink" : "border-transparent text-ink-soft hover:text-ink",
              )}
            >
              {l.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
