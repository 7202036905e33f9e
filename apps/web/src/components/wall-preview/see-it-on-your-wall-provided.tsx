"use client";

import type { ComponentProps } from "react";
import { TRPCReactProvider } from "~/trpc/react";
import { SeeItOnYourWall } from "./see-it-on-your-wall";

/** The wall preview with its own query provider (the public artwork page has none). */
export function SeeItOnYourWallProvided(props: ComponentProps<typeof SeeItOnYourWall>) {
  return (
    <TRPCReactProvider>
      <SeeItOnYourWall {...props} />
    </TRPCReactProvider>
  );
}
