import type { Metadata } from "next";
import { StudioNoAccess } from "~/components/studio-no-access";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "The studio · Atelier" };

/**
 * What a signed-in person without the artist role sees at any /studio address (proxy.ts rewrites here
 * with a 403); an artist whose access an admin removed is told so, and offered to apply again.
 */
export default async function StudioNoAccessPage() {
  const { accessRemoved } = await (await api()).artist.application.mine();
  return <StudioNoAccess accessRemoved={accessRemoved} />;
}
