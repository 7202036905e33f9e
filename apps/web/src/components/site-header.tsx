import { containerClass } from "@atelier/ui";
import Link from "next/link";
import { api } from "~/server/api";
import { currentIdentity } from "~/server/session";
import { AssistantLauncher } from "./assistant/panel";
import { SignInLinks } from "./sign-in-links";
import { MainNav } from "./header/main-nav";
import { MobileMenu } from "./header/mobile-menu";
import { accountLink, browseLinks, enquiriesLink, favouritesLink, ordersLink, savedSearchesLink, workLinks } from "./header/nav-links";
import { UserMenu } from "./user-menu";
import { CartLink } from "./cart/cart-link";

export async function SiteHeader() {
  const [identity, cartCount] = await Promise.all([currentIdentity(), api().then((a) => a.cart.count())]);
  const links = identity ? [...browseLinks, ...workLinks(identity.roles)] : browseLinks;
  // the user menu adds where they work; the mobile menu already lists that beside the browse links
  const work = identity ? workLinks(identity.roles).filter((l) => l.href !== "/admin") : [];
  return (
    <header className="sticky top-0 z-30 border-b border-line/80 bg-paper/90 backdrop-blur">
      <div className={containerClass("flex h-16 items-center gap-6")}>
        <Link href="/" className="flex shrink-0 items-baseline font-display text-2xl tracking-tight text-ink" aria-label="Atelier home">
          Atelier<span className="text-accent">.</span>
        </Link>
        <MainNav links={links} />
        <div className="ml-auto flex items-center gap-2">
          <AssistantLauncher />
          <CartLink count={cartCount} />
          {identity ? (
            <UserMenu
              name={identity.name}
              email={identity.email}
              roles={identity.roles}
              links={[accountLink, ordersLink, enquiriesLink, savedSearchesLink, favouritesLink, ...work]}
            />
          ) : (
            <div className="hidden items-center gap-2 whitespace-nowrap lg:flex">
              <SignInLinks />
            </div>
          )}
          <MobileMenu
            links={[...browseLinks, ...work]}
            account={
              identity
                ? { name: identity.name, email: identity.email, roles: identity.roles, links: [accountLink, ordersLink, enquiriesLink, savedSearchesLink] }
                : null
            }
          />
        </div>
      </div>
    </header>
  );
}
