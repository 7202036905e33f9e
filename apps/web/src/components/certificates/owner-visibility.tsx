"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/trpc/react";

/** The owner chooses whether the public page shows their name or "a private collector". */
export function OwnerVisibilityToggle({ serial, showOwnerName }: { serial: string; showOwnerName: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const set = useMutation(trpc.certificate.setVisibility.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        className="mt-1"
        defaultChecked={showOwnerName}
        disabled={set.isPending}
        onChange={(e) => set.mutate({ serial, showOwnerName: e.currentTarget.checked })}
      />
      <span>Show my name on the public page (otherwise it says “a private collector”)</span>
    </label>
  );
}
