"use client";

import { cn } from "@atelier/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrent, type NavLink } from "./nav-links";

/** The header's links from the lg breakpoint up; below it they live in the mobile menu. */
export function MainNav({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="hidden items-center gap-1 text-sm text-ink-soft lg:flex">
      {links.map((link) => {
        const current = isCurrent(link, pathname);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={cn("rounded-full px-3 py-1.5 transition-colors hover:bg-paper-deep hover:text-ink", current && "bg-paper-deep text-ink")}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
