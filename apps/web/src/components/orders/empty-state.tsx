import type { ReactNode } from "react";

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="mt-6 rounded-2xl border border-dashed border-line px-6 py-14 text-center text-ink-soft">{children}</div>;
}

/** The loading state of the order, sales, earnings and metrics pages. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-12 sm:px-6" role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div className="h-3 w-24 animate-pulse rounded bg-paper-deep" />
      <div className="mt-3 h-9 w-64 max-w-full animate-pulse rounded bg-paper-deep" />
      <div className="mt-8 space-y-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-20 animate-pulse rounded-2xl bg-paper-deep/70" />
        ))}
      </div>
    </div>
  );
}
