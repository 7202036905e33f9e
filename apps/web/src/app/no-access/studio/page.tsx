import type { Metadata } from "next";
import { StudioNoAccess } from "~/components/studio-no-access";

export const metadata: Metadata = { title: "The studio · Atelier" };

/** What a signed-in person without the artist role sees at any /studio address (proxy.ts rewrites here with a 403). */
export default function StudioNoAccessPage() {
  return <StudioNoAccess />;
}
