"use client";

import type { RouterOutputs } from "@atelier/api";
import { Alert, Badge, Button, buttonClass, Card, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

type Tile = RouterOutputs["integrations"]["hub"]["tiles"][number];

const STATE_TONE = { connected: "ok", pending: "warn", error: "warn", "not-connected": "neutral", locked: "neutral", "coming-soon": "neutral" } as const;

/** One card per integration: logo, description, where it stands and what to do next (all decided by the API). */
export function IntegrationTiles({ tiles }: { tiles: Tile[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {tiles.map((t) => (
        <li key={t.id}>
          <IntegrationTile tile={t} />
        </li>
      ))}
    </ul>
  );
}

function IntegrationTile({ tile }: { tile: Tile }) {
  const [open, setOpen] = useState(false);
  return (
    <Card className="flex h-full flex-col gap-3 p-5" data-testid={`integration-${tile.id}`}>
      <div className="flex items-start gap-3">
        <img src={tile.logo} alt="" width={40} height={40} className={tile.state === "coming-soon" || tile.state === "locked" ? "opacity-60" : ""} />
        <div className="min-w-0 flex-1">
          <h3 className="font-medium text-ink">{tile.name}</h3>
          <div className="mt-1 flex flex-wrap gap-1.5">
            {tile.badge ? <Badge tone={tile.state === "locked" ? "accent" : "neutral"}>{tile.badge}</Badge> : null}
            {tile.invoicing ? <Badge>Invoicing</Badge> : null}
          </div>
        </div>
      </div>
      <p className="text-sm text-ink-soft">{tile.description}</p>
      <p className="text-sm" data-testid="integration-status">
        <Badge tone={STATE_TONE[tile.state]}>{tile.statusLabel}</Badge>
      </p>
      {tile.credential?.lastTestedAt ? (
        <p className="text-xs text-muted">
          Last tested {new Date(tile.credential.lastTestedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
        </p>
      ) : null}
      <div className="mt-auto pt-2">
        {tile.action?.href ? (
          <Link href={tile.action.href} className={buttonClass(tile.action.kind === "upgrade" ? "primary" : "secondary")}>
            {tile.action.label}
          </Link>
        ) : tile.action ? (
          <Button variant={tile.action.kind === "connect" ? "primary" : "secondary"} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? "Close" : tile.action.label}
          </Button>
        ) : null}
      </div>
      {open && tile.fields ? tile.credential ? <ManageCredential tile={tile} /> : <ConnectForm tile={tile} onDone={() => setOpen(false)} /> : null}
    </Card>
  );
}

function ConnectForm({ tile, onDone }: { tile: Tile; onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const connect = useMutation(
    trpc.integrations.connect.mutationOptions({
      onSuccess: () => {
        onDone();
        router.refresh();
      },
    }),
  );
  const fieldErrors = connect.error?.data?.fieldErrors as Record<string, string[]> | undefined;
  return (
    <form
      className="space-y-3 border-t border-line pt-3"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const credentials = Object.fromEntries(tile.fields!.map((f) => [f.name, String(data.get(f.name) ?? "")]));
        connect.mutate({ provider: tile.id, credentials });
      }}
    >
      {tile.fields!.map((f) => (
        <TextField
          key={f.name}
          name={f.name}
          label={f.optional ? `${f.label} (optional)` : f.label}
          placeholder={f.placeholder}
          hint={f.help}
          type={f.secret ? "password" : "text"}
          autoComplete="off"
          spellCheck={false}
          required={!f.optional}
          error={fieldErrors?.[f.name]?.[0]}
        />
      ))}
      {connect.error && !fieldErrors ? <Alert>{connect.error.message}</Alert> : null}
      <p className="text-xs text-muted">We try the key with Stripe before saving it, then keep it encrypted. It is never shown again.</p>
      <Button type="submit" disabled={connect.isPending}>
        {connect.isPending ? "Testing with Stripe…" : "Test and connect"}
      </Button>
    </form>
  );
}

function ManageCredential({ tile }: { tile: Tile }) {
  const trpc = useTRPC();
  const router = useRouter();
  const test = useMutation(trpc.integrations.test.mutationOptions({ onSettled: () => router.refresh() }));
  const disconnect = useMutation(trpc.integrations.disconnect.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-3 border-t border-line pt-3">
      <p className="text-sm">
        Key: <code className="rounded bg-paper-deep px-1.5 py-0.5">{tile.credential!.maskedHint}</code>
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={test.isPending} onClick={() => test.mutate({ provider: tile.id })}>
          {test.isPending ? "Testing…" : "Test connection"}
        </Button>
        <Button
          variant="danger"
          disabled={disconnect.isPending}
          onClick={() => {
            if (window.confirm(`Disconnect ${tile.name}? The stored key is deleted.`)) disconnect.mutate({ provider: tile.id });
          }}
        >
          Disconnect
        </Button>
      </div>
      {test.data?.detail ? <Alert tone="success">{test.data.detail}</Alert> : null}
      {test.data?.lastError ? <Alert>{test.data.lastError}</Alert> : null}
      {test.error ? <Alert>{test.error.message}</Alert> : null}
      {disconnect.error ? <Alert>{disconnect.error.message}</Alert> : null}
    </div>
  );
}
