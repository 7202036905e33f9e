import type { Metadata } from "next";
import { NoAccess } from "~/components/no-access";

export const metadata: Metadata = { title: "No access · Atelier" };

/** What a signed-in person without the admin role sees at any /admin address (proxy.ts rewrites here with a 403). */
export default function AdminNoAccessPage() {
  return <NoAccess />;
}
