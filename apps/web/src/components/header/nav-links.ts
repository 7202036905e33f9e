/** The header's links, shared by the desktop bar, the user menu and the mobile menu. */
export interface NavLink {
  href: string;
  label: string;
  /** current only on exactly this path, not the pages under it */
  exact?: boolean;
}

export const accountLink: NavLink = { href: "/account", label: "Account & API tokens" };
export const favouritesLink: NavLink = { href: "/favourites", label: "Favourites" };
export const ordersLink: NavLink = { href: "/orders", label: "Orders" };
export const enquiriesLink: NavLink = { href: "/account/enquiries", label: "Enquiries" };
export const savedSearchesLink: NavLink = { href: "/account/saved-searches", label: "Saved searches" };

/** For everyone: Favourites sends visitors to sign in and back. */
export const browseLinks: NavLink[] = [
  { href: "/gallery", label: "Gallery" },
  { href: "/artists", label: "Artists" },
  favouritesLink,
  { href: "/#how-it-works", label: "How it works" },
];

/** Where a signed-in person works: the studio for artists, the application for everyone else; a store owner's store. */
export function workLinks(roles: readonly string[]): NavLink[] {
  const links: NavLink[] = [roles.includes("ARTIST") ? { href: "/studio", label: "Studio" } : { href: "/apply", label: "Sell your art" }];
  if (roles.includes("STORE_OWNER")) links.push({ href: "/store", label: "Your store" });
  if (roles.includes("ADMIN")) links.push({ href: "/admin", label: "Admin" });
  return links;
}

export const adminLinks: NavLink[] = [
  { href: "/admin", label: "Dashboard", exact: true },
  { href: "/admin/applications", label: "Applications" },
  { href: "/admin/store-applications", label: "Store applications" },
  { href: "/admin/artworks", label: "Artwork review" },
  { href: "/admin/users", label: "Users & roles" },
  { href: "/admin/webhooks", label: "Stripe webhooks" },
  { href: "/admin/jobs", label: "Background jobs" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/metrics", label: "Metrics" },
  { href: "/dev/mailbox", label: "Mailbox" },
];

/** Whether `href` is the page at `pathname` (or a page under it); anchors on the home page never are. */
export function isCurrent(link: NavLink, pathname: string): boolean {
  if (link.href.includes("#")) return false;
  return pathname === link.href || (!link.exact && pathname.startsWith(`${link.href}/`));
}

export function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => p[0])
      .join("")
      .slice(0, 2)
      .toUpperCase() || "?"
  );
}
