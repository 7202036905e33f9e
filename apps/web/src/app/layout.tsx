import type { Metadata } from "next";
import { AssistantPanel } from "~/components/assistant/panel";
import { SiteFooter } from "~/components/site-footer";
import { assistantInfo } from "~/server/ai";
import { currentIdentity } from "~/server/session";
import { SiteHeader } from "~/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Atelier — original art, fairly sold", template: "%s · Atelier" },
  description: "An open marketplace for original art, editions and licensed prints, where every artist is paid their exact share.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main className="flex-1">{children}</main>
        <SiteFooter />
        <AssistantPanel signedIn={Boolean(await currentIdentity())} provider={{ label: assistantInfo().providerLabel, offline: assistantInfo().offline }} />
      </body>
    </html>
  );
}
