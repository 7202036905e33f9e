import { StudioNav } from "~/components/studio-nav";
import { TRPCReactProvider } from "~/trpc/react";

/**
 * Every studio page shares the section nav. Who may enter is decided before rendering, in proxy.ts
 * (server/area-gates.ts): a layout gate would race its pages' own calls.
 */
export default function StudioLayout({ children }: { children: React.ReactNode }) {
  return (
    <TRPCReactProvider>
      <StudioNav />
      {children}
    </TRPCReactProvider>
  );
}
