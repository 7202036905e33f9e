import { StudioNav } from "~/components/studio-nav";
import { StudioNoAccess } from "~/components/studio-no-access";
import { env } from "~/env";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";

/**
 * Every studio page: visitors are sent to sign in (and back), signed-in people without the artist
 * role are told where their application stands. The procedures check the role again on the server.
 */
export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const identity = await requireIdentity("/studio");
  if (identity.roles.includes("ARTIST"))
    return (
      <>
        <StudioNav />
        {children}
      </>
    );
  const { application } = await (await api()).artist.application.mine();
  return <StudioNoAccess application={application} contactEmail={env.ADMIN_EMAIL ?? "admin@atelier.local"} />;
}
