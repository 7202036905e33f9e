"use client";

import { Alert, Badge, Button, TextField } from "@atelier/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { serverFieldErrors } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { formatDateTime } from "~/lib/dates";
import { API_TOKEN_SCOPE_LABELS, API_TOKEN_SCOPES, isApiTokenScope } from "@atelier/core/accounts/token-scopes";

export function ApiTokens() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.token.list.queryOptions());
  const [nameError, setNameError] = useState<string>();
  const [scopesError, setScopesError] = useState<string>();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.token.list.queryKey() });
  const create = useMutation(
    trpc.token.create.mutationOptions({
      onSuccess: (t, _vars) => {
        setCreated({ name: t.name, token: t.token });
        setNameError(undefined);
        setScopesError(undefined);
        setCopied(false);
        void invalidate();
      },
      onError: (e) => {
        const fields = serverFieldErrors(e);
        setScopesError(fields.scopes);
        setNameError(fields.name ?? (fields.scopes ? undefined : e.message));
      },
    }),
  );
  const revoke = useMutation(trpc.token.revoke.mutationOptions({ onSuccess: () => void invalidate() }));

  return (
    <div className="mt-5 space-y-6">
      <form
        method="post"
        className="space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          const scopes = data.getAll("scopes").map(String).filter(isApiTokenScope);
          create.mutate({ name: String(data.get("name") ?? ""), scopes }, { onSuccess: () => form.reset() });
        }}
      >
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <TextField label="Token name" name="name" placeholder="e.g. inventory script" error={nameError} className="flex-1" />
          <Button type="submit" className="sm:mt-7" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create token"}
          </Button>
        </div>
        <fieldset aria-describedby={scopesError ? "token-scopes-error" : undefined}>
          <legend className="text-sm font-medium">What this token may do</legend>
          <p className="text-xs text-muted">
            Give an AI assistant or a script only what it needs. A token with every box ticked can also reach your studio and account.
          </p>
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {API_TOKEN_SCOPES.map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="scopes" value={scope} defaultChecked />
                <span>
                  {API_TOKEN_SCOPE_LABELS[scope]} <code className="font-mono text-xs text-muted">{scope}</code>
                </span>
              </label>
            ))}
          </div>
          {scopesError ? (
            <p id="token-scopes-error" className="mt-1 text-sm text-red-700">
              {scopesError}
            </p>
          ) : null}
        </fieldset>
      </form>

      {created ? (
        <Alert tone="success" className="space-y-2">
          <p>
            Token <strong>{created.name}</strong> created. Copy it now — you won&apos;t see it again.
          </p>
          <div className="flex items-center gap-2">
            <code data-testid="new-token" className="block flex-1 overflow-x-auto rounded-lg bg-white px-3 py-2 font-mono text-xs text-ink">
              {created.token}
            </code>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(created.token).then(() => setCopied(true));
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </Alert>
      ) : null}

      {tokens.isLoading ? <p className="text-sm text-muted">Loading tokens…</p> : null}
      {tokens.error ? <Alert>{tokens.error.message}</Alert> : null}
      {tokens.data && tokens.data.length === 0 ? <p className="text-sm text-muted">You have no API tokens yet.</p> : null}
      {tokens.data && tokens.data.length > 0 ? (
        <ul className="divide-y divide-line rounded-xl border border-line bg-white" aria-label="Your API tokens">
          {tokens.data.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{t.name}</p>
                <p className="font-mono text-xs text-muted">
                  atl_{t.prefix}_… · created {formatDateTime(t.createdAt)} · {t.lastUsedAt ? `last used ${formatDateTime(t.lastUsedAt)}` : "never used"}
                </p>
                <p className="text-xs text-muted" aria-label={`Scopes of ${t.name}`}>
                  {t.scopes.length === API_TOKEN_SCOPES.length ? "All scopes: " : "Scopes: "}
                  {t.scopes.join(", ")}
                </p>
              </div>
              {t.revokedAt ? (
                <Badge>revoked</Badge>
              ) : (
                <Button
                  type="button"
                  variant="danger"
                  className="px-3 py-1.5"
                  aria-label={`Revoke ${t.name}`}
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate({ id: t.id })}
                >
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
