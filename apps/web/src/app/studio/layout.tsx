import { StudioNoAccess } from "~/components/studio-no-access";
import { requireIdentity } from "~/server/session";

/**
 * Every studio page: visitors are sent to sign in (and back), signed-in people without the artist
 * role are told how to become one. The procedures check the role again on the server.
 */
export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const identity = await requireIdentity("/studio");
  if (!identity.roles.includes("ARTIST")) return <StudioNoAccess />;
  return children;
}
