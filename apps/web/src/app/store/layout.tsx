import { TRPCReactProvider } from "~/trpc/react";

/** React Query and the tRPC client for the store dashboard and the application form. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
