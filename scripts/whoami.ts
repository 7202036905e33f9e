/**
 * Example: call Atelier's typed procedures from your own script.
 *
 *   ATELIER_TOKEN=atl_… pnpm whoami            # against http://localhost:3000
 *   ATELIER_URL=https://atelier.example ATELIER_TOKEN=atl_… pnpm whoami
 *
 * Create the token on /account → API tokens. Every procedure, input and output is typed from
 * `AppRouter`, so your editor completes them and `tsc` checks them.
 */
import type { AppRouter, RouterOutputs } from "@atelier/api";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";

const baseUrl = process.env.ATELIER_URL ?? "http://localhost:3000";
const token = process.env.ATELIER_TOKEN;
if (!token) {
  console.error("Set ATELIER_TOKEN to a personal API token (create one on /account).");
  process.exit(2);
}

const atelier = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: `${baseUrl}/api/trpc`, transformer: superjson, headers: () => ({ authorization: `Bearer ${token}` }) })],
});

try {
  const me: RouterOutputs["me"] = await atelier.me.query();
  const health = await atelier.health.query();
  console.log(JSON.stringify({ me, server: { status: health.status, dbLatencyMs: health.database.latencyMs } }, null, 2));
} catch (error) {
  if (error instanceof TRPCClientError) {
    console.error(`Atelier said ${error.data?.code ?? "ERROR"}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
