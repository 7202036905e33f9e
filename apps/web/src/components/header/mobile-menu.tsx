"use client";

import { buttonClass, cn } from "@atelier/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { signInHref } from "~/lib/safe-callback-url";
import { signOutAndGoHome } from "../sign-out";
import { adminLinks, initials, isCurrent, type NavLink } from "./nav-links";

interface Props {
  links: NavLink[];
  account: { name: string; email: string; roles: string[]; links: NavLink[] } | null;
}

/**
 * Below the lg breakpoint: a menu button that opens the navigation and account links in a modal
 * drawer. A native <dialog> opened with showModal() keeps focus inside, makes the page behind it
 * inert, closes on Escape and hands focus back to the button; it also closes when a link is followed.
 */
export function MobileMenu({ links, account }: Props) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  // a navigation the links did not start (back button, a redirect) closes it too
  useEffect(() => setOpen(false), [pathname]);

  const close = () => setOpen(false);
  const linkClass = (link: NavLink) =>
    cn("block rounded-xl px-3 py-2.5 text-base hover:bg-paper-deep", isCurrent(link, pathname) ? "bg-paper-deep font-medium text-ink" : "text-ink-soft");
  const item = (link: NavLink) => (
    <li key={link.href}>
      <Link href={link.href} onClick={close} aria-current={isCurrent(link, pathname) ? "page" : undefined} className={linkClass(link)}>
        {link.label}
      </Link>
    </li>
  );

  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="mobile-menu"
        onClick={() => setOpen(true)}
        className="grid size-10 place-items-center rounded-full border border-line text-ink hover:border-ink/40"
      >
        <span className="sr-only">Menu</span>
        <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <path d="M4 7h16M4 12h16M4 17h16" />
        </svg>
      </button>
      <dialog
        ref={dialog}
        id="mobile-menu"
        aria-label="Menu"
        onClose={close}
        // a click on the backdrop lands on the dialog element itself
        onClick={(e) => {
          if (e.target === e.currentTarget) close();
        }}
        className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-[min(22rem,88vw)] max-w-none overflow-y-auto bg-paper p-0 text-ink shadow-2xl backdrop:bg-ink/40"
      >
        {/* rendered only while open: a closed drawer holds no second copy of the page's links and texts */}
        {open ? (
          <div className="flex min-h-full flex-col px-5 pt-4 pb-8">
            <div className="flex items-center justify-between">
              <p className="font-display text-2xl">
                Atelier<span className="text-accent">.</span>
              </p>
              <button
                type="button"
                onClick={close}
                aria-label="Close menu"
                className="grid size-10 place-items-center rounded-full text-2xl leading-none text-ink-soft hover:bg-paper-deep"
              >
                ×
              </button>
            </div>
            <nav aria-label="Main" className="mt-6">
              <ul className="space-y-1">{links.map(item)}</ul>
            </nav>
            {account ? (
              <div className="mt-6 border-t border-line pt-6">
                <div className="flex items-center gap-3 px-3">
                  <span className="grid size-10 shrink-0 place-items-center rounded-full bg-ink text-sm font-semibold text-paper" aria-hidden>
                    {initials(account.name)}
                  </span>
                  <div className="min-w-0">
                    <p className="truncate font-medium">{account.name}</p>
                    <p className="truncate text-sm text-muted">{account.email}</p>
                  </div>
                </div>
                <ul className="mt-3 space-y-1">{account.links.map(item)}</ul>
                {account.roles.includes("ADMIN") ? (
                  <div className="mt-4">
                    <p className="px-3 text-xs font-semibold uppercase tracking-[0.18em] text-muted">Admin</p>
                    <ul className="mt-2 space-y-1">{adminLinks.map(item)}</ul>
                  </div>
                ) : null}
                <button
                  type="button"
                  onClick={() => void signOutAndGoHome()}
                  className="mt-4 block w-full rounded-xl px-3 py-2.5 text-left text-base text-ink-soft hover:bg-paper-deep"
                >
                  Sign out
                </button>
              </div>
            ) : (
              <div className="mt-6 grid gap-3 border-t border-line pt-6">
                <Link href="/sign-up" onClick={close} className={buttonClass("primary", "w-full")}>
                  Join Atelier
                </Link>
                <Link href={signInHref("/sign-in", pathname)} onClick={close} className={buttonClass("secondary", "w-full")}>
                  Sign in
                </Link>
              </div>
            )}
          </div>
        ) : null}
      </dialog>
    </div>
  );
}
