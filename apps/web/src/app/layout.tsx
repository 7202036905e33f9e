import type { Metadata } from "next";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { TRPCReactProvider } from "~/trpc/react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Atelier — original art, fairly sold", template: "%s · Atelier" },
  description: "An open marketplace for original art, editions and licensed prints, where every artist is paid their exact share.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <TRPCReactProvider>
          <SiteHeader />
          <main className="flex-1">{children}</main>
          <SiteFooter />
        </TRPCReactProvider>
      </body>
    </html>
  );
}
