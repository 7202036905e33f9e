import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";
import { ShowConsole } from "./show-console";

export const metadata: Metadata = { title: "Studio · Live show console" };

/** The operator console of one show (another artist's show id is a 404). */
export default async function LiveShowConsolePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const initial = await orNotFound((await api()).liveShow.console({ showId: id.slice(0, 64) }));
  return (
    <div className={containerClass("py-8")}>
      <Link href="/studio/shows" className="text-sm text-ink-soft hover:text-ink">
        ← All live shows
      </Link>
      <ShowConsole initial={initial} />
    </div>
  );
}
