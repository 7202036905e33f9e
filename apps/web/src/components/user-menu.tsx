"use client";

import { Badge } from "@atelier/ui";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useEffect, useRef, useState } from "react";

export function UserMenu({ name, email, roles }: { name: string; email: string; roles: string[] }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, []);
  const initials = name
    .split(/\s+/)
    .map((p) => p[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <div className="relative" ref={ref}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-2 rounded-full border border-line bg-white/70 py-1 pl-1 pr-3 text-sm hover:border-ink/40"
      >
        <span className="grid size-8 place-items-center rounded-full bg-ink text-xs font-semibold text-paper">{initials}</span>
        <span className="hidden max-w-36 truncate sm:inline">{name}</span>
      </button>
      {open ? (
        <div role="menu" className="absolute right-0 mt-2 w-64 overflow-hidden rounded-2xl border border-line bg-white shadow-lg">
          <div className="border-b border-line px-4 py-3">
            <p className="truncate text-sm font-medium">{name}</p>
            <p className="truncate text-xs text-muted">{email}</p>
            <div className="mt-2 flex flex-wrap gap-1">
              {roles.map((r) => (
                <Badge key={r} tone={r === "ADMIN" ? "accent" : "neutral"}>
                  {r.toLowerCase()}
                </Badge>
              ))}
            </div>
          </div>
          <Link role="menuitem" href="/account" onClick={() => setOpen(false)} className="block px-4 py-2.5 text-sm hover:bg-paper">
            Account &amp; API tokens
          </Link>
          {roles.includes("ADMIN") ? (
            <Link role="menuitem" href="/admin/users" onClick={() => setOpen(false)} className="block px-4 py-2.5 text-sm hover:bg-paper">
              Admin · Users
            </Link>
          ) : null}
          {roles.includes("ADMIN") ? (
            <Link role="menuitem" href="/admin/applications" onClick={() => setOpen(false)} className="block px-4 py-2.5 text-sm hover:bg-paper">
              Admin · Applications
            </Link>
          ) : null}
          {roles.includes("ADMIN") ? (
            <Link role="menuitem" href="/admin/webhooks" onClick={() => setOpen(false)} className="block px-4 py-2.5 text-sm hover:bg-paper">
              Admin · Stripe webhooks
            </Link>
          ) : null}
          {roles.includes("ADMIN") ? (
            <Link role="menuitem" href="/admin/jobs" onClick={() => setOpen(false)} className="block px-4 py-2.5 text-sm hover:bg-paper">
              Admin · Background jobs
            </Link>
          ) : null}
          {roles.includes("ADMIN") ? (
            <Link role="menuitem" href="/dev/mailbox" onClick={() => setOpen(false)} className="block px-4 py-2.5 text-sm hover:bg-paper">
              Mailbox
            </Link>
          ) : null}
          <button
            role="menuitem"
            type="button"
            onClick={() => void signOut({ redirectTo: "/" })}
            className="block w-full border-t border-line px-4 py-2.5 text-left text-sm hover:bg-paper"
          >
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}
