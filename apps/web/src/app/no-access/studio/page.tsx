import type { Metadata } from "next";
import { StudioNoAccess } from "~/components/studio-no-access";
import { teamEmail } from "@atelier/core/env";
import { env } from "~/env";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "The studio · Atelier" };

/**
 * What a signed-in person without the artist role sees at any /studio address (proxy.ts rewrites here
 * with a 403): where their application stands, or, when an admin removed their artist access, that.
 */
export default async function StudioNoAccessPage() {
  const { application, accessRemoved } = await (await api()).artist.application.mine();
  return <StudioNoAccess application={application} accessRemoved={accessRemoved} contactEmail={teamEmail(env)} />;
}
