import Link from "next/link";
import { currentIdentity } from "~/server/session";
import { AssistantLauncher } from "./assistant/panel";
import { SignInLinks } from "./sign-in-links";
import { UserMenu } from "./user-menu";

const nav = [
  { href: "/gallery", label: "Gallery" },
  { href: "/artists", label: "Artists" },
  { href: "/#how-it-works", label: "How it works" },
];

export async function SiteHeader() {
  const identity = await currentIdentity();
  return (
    <header className="sticky top-0 z-30 border-b border-line/80 bg-paper/90 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-6 px-4 sm:px-6">
        <Link href="/" className="flex items-baseline font-display text-2xl tracking-tight text-ink" aria-label="Atelier home">
          Atelier<span className="text-accent">.</span>
        </Link>
        <nav aria-label="Main" className="hidden items-center gap-5 text-sm text-ink-soft md:flex">
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="hover:text-ink">
              {item.label}
            </Link>
          ))}
          {identity?.roles.includes("ARTIST") ? (
            <Link href="/studio" className="hover:text-ink">
              Studio
            </Link>
          ) : identity ? (
            <Link href="/apply" className="hover:text-ink">
              Sell your art
            </Link>
          ) : null}
          {identity?.roles.includes("ADMIN") ? (
            <Link href="/admin" className="hover:text-ink">
              Admin
            </Link>
          ) : null}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <AssistantLauncher />
          {identity ? <UserMenu name={identity.name} email={identity.email} roles={identity.roles} /> : <SignInLinks />}
        </div>
      </div>
    </header>
  );
}
