"use client";

import { Alert, Badge, Button, cn } from "@atelier/ui";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { formatDate } from "~/lib/dates";
import { stacked } from "~/components/stacked-table";

const ROLES = ["ADMIN", "ARTIST", "BUYER", "STORE_OWNER"] as const;
const LABEL: Record<(typeof ROLES)[number], string> = { ADMIN: "admin", ARTIST: "artist", BUYER: "buyer", STORE_OWNER: "store owner" };

export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const users = useInfiniteQuery(
    trpc.admin.user.list.infiniteQueryOptions({ query: deferred || undefined, limit: 25 }, { getNextPageParam: (p) => p.nextCursor }),
  );
  const setRole = useMutation(
    trpc.admin.user.setRole.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.admin.user.list.pathKey() }),
    }),
  );
  const rows = users.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="mt-8 space-y-4">
      <input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Search by name or email"
        aria-label="Search users"
        className="w-full max-w-sm rounded-full border border-line bg-white px-4 py-2 text-sm"
      />
      {setRole.error ? <Alert>{setRole.error.message}</Alert> : null}
      <div className="overflow-x-auto rounded-2xl border border-line bg-white">
        <table className={stacked.table}>
          <thead className={cn(stacked.head, "bg-paper")}>
            <tr>
              <th className="px-4 py-3 font-medium">User</th>
              <th className="px-4 py-3 font-medium">Joined</th>
              <th className="px-4 py-3 font-medium">Roles</th>
            </tr>
          </thead>
          <tbody className={stacked.body}>
            {rows.map((u) => (
              <tr key={u.id} className={stacked.row} data-testid={`user-row-${u.email}`}>
                <td className={cn(stacked.cell, stacked.wide, "min-w-0")}>
                  <p className="font-medium">{u.name}</p>
                  <p className="truncate text-muted">{u.email}</p>
                </td>
                <td className={cn(stacked.cell, "whitespace-nowrap text-ink-soft")}>
                  <span className={stacked.label}>Joined</span>
                  {formatDate(u.createdAt)}
                </td>
                <td className={stacked.cell}>
                  <div className="flex flex-wrap gap-2">
                    {ROLES.map((role) => {
                      const has = u.roles.includes(role);
                      const locked = role === "ADMIN" && has && u.id === currentUserId;
                      return (
                        <button
                          key={role}
                          type="button"
                          aria-pressed={has}
                          disabled={locked || setRole.isPending}
                          title={locked ? "You cannot remove your own admin role" : has ? `Revoke ${LABEL[role]}` : `Grant ${LABEL[role]}`}
                          onClick={() => setRole.mutate({ userId: u.id, role, granted: !has })}
                          className={`rounded-full border px-3 py-1 text-xs transition-colors disabled:opacity-60 ${
                            has ? "border-ink bg-ink text-paper" : "border-line text-muted hover:border-ink/50 hover:text-ink"
                          }`}
                        >
                          {LABEL[role]}
                        </button>
                      );
                    })}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {users.isLoading ? <p className="px-4 py-6 text-sm text-muted">Loading users…</p> : null}
        {!users.isLoading && rows.length === 0 ? <p className="px-4 py-6 text-sm text-muted">No users match.</p> : null}
      </div>
      {users.hasNextPage ? (
        <Button variant="secondary" onClick={() => void users.fetchNextPage()} disabled={users.isFetchingNextPage}>
          {users.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      ) : null}
      <p className="text-xs text-muted">
        <Badge>tip</Badge> Roles take effect on the user&apos;s next request; no sign-out needed.
      </p>
    </div>
  );
}
