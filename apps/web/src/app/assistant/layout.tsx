import { TRPCReactProvider } from "~/trpc/react";

/** React Query and the tRPC client for this section's forms (public pages go without: see trpc/lazy-client.ts). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
