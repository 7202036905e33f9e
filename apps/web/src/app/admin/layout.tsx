import { NoAccess } from "~/components/no-access";
import { requireIdentity } from "~/server/session";

/**
 * Every admin page: visitors are sent to sign in (and back to the page they asked for), signed-in
 * people without the admin role see why they can't enter. The procedures the pages call check the
 * role again on the server, so this gate is about what a person sees, not the only lock.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const identity = await requireIdentity("/admin");
  if (!identity.roles.includes("ADMIN")) return <NoAccess />;
  return children;
}
