"use client";

import { Badge, cn } from "@atelier/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { signOutAndGoHome } from "./sign-out";
import { adminLinks, initials, isCurrent, type NavLink } from "./header/nav-links";

const itemClass = "block w-full px-4 py-2.5 text-left text-sm hover:bg-paper focus:bg-paper focus:outline-none";

/**
 * The signed-in person's menu (lg and up; smaller screens use the mobile menu). Opens focused on
 * its first item; arrow keys move between items; Escape, a click outside or following a link closes it.
 */
export function UserMenu({ name, email, roles, links }: { name: string; email: string; roles: string[]; links: NavLink[] }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, []);
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === "Escape") {
      setOpen(false);
      button.current?.focus();
      return;
    }
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Home" && e.key !== "End") return;
    e.preventDefault();
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const next = e.key === "Home" ? 0 : e.key === "End" ? list.length - 1 : (at + (e.key === "ArrowDown" ? 1 : -1) + list.length) % list.length;
    list[next]?.focus();
  }

  const link = (l: NavLink) => (
    <Link
      key={l.href}
      role="menuitem"
      href={l.href}
      onClick={() => setOpen(false)}
      aria-current={isCurrent(l, pathname) ? "page" : undefined}
      className={cn(itemClass, isCurrent(l, pathname) && "font-medium")}
    >
      {l.label}
    </Link>
  );

  return (
    <div className="relative hidden lg:block" ref={ref} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-2 rounded-full border border-line bg-white/70 py-1 pr-3 pl-1 text-sm hover:border-ink/40"
      >
        <span className="grid size-8 place-items-center rounded-full bg-ink text-xs font-semibold text-paper" aria-hidden>
          {initials(name)}
        </span>
        <span className="max-w-36 truncate">{name}</span>
      </button>
      {open ? (
        <div
          ref={menu}
          id="user-menu"
          role="menu"
          aria-label="Your account"
          className="absolute right-0 z-40 mt-2 max-h-[calc(100vh-5rem)] w-64 overflow-y-auto rounded-2xl border border-line bg-white shadow-lg"
        >
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
          {links.map(link)}
          {roles.includes("ADMIN") ? (
            <div role="group" aria-label="Admin" className="border-t border-line py-1">
              <p className="px-4 pt-2 pb-1 text-xs font-semibold uppercase tracking-[0.18em] text-muted" aria-hidden>
                Admin
              </p>
              {adminLinks.map(link)}
            </div>
          ) : null}
          <button role="menuitem" type="button" onClick={() => void signOutAndGoHome()} className={cn(itemClass, "border-t border-line")}>
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}
