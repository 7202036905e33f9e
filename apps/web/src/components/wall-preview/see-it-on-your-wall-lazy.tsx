"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { SeeItOnYourWall } from "./see-it-on-your-wall";

type Props = ComponentProps<typeof SeeItOnYourWall>;

/** What stands in the section's place while its code loads: the same box and heading, so nothing jumps. */
function Placeholder() {
  return (
    <section aria-labelledby="wall-heading" className="mt-8 min-h-[28rem] rounded-2xl border border-line bg-white/60 p-4 sm:p-6">
      <h2 id="wall-heading" className="text-xl">
        See it on your wall
      </h2>
      <p className="mt-2 text-sm text-muted">Loading the rooms…</p>
    </section>
  );
}

/**
 * The artwork page is public and ships without React Query or the tRPC client (first-load JS). The
 * wall preview needs both: its code and a provider of its own load after the page has hydrated.
 */
const Loaded = dynamic(() => import("./see-it-on-your-wall-provided").then((m) => m.SeeItOnYourWallProvided), { ssr: false, loading: Placeholder });

export function SeeItOnYourWallLazy(props: Props) {
  return <Loaded {...props} />;
}
