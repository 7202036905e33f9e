import type { Db, Prisma } from "@atelier/db";
import type { ArtworkStatus } from "../schemas/artwork.ts";
import { AppError } from "../errors.ts";
import { nextStatus, transitionRefusal, type ArtworkEvent } from "./status-machine.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type DbOrTx = Db | Tx;

/**
 * Moves an artwork from its current status by `event`, as a conditional update on (id, status):
 * if another request changed the status in between, nothing is written and the caller gets CONFLICT.
 */
export async function applyTransition(
  db: DbOrTx,
  artwork: { id: string; status: ArtworkStatus },
  event: ArtworkEvent,
  data: Omit<Prisma.ArtworkUpdateManyMutationInput, "status"> = {},
): Promise<ArtworkStatus> {
  const to = nextStatus(artwork.status, event);
  if (!to) throw new AppError("PRECONDITION_FAILED", transitionRefusal(artwork.status, event));
  const result = await db.artwork.updateMany({ where: { id: artwork.id, status: artwork.status }, data: { ...data, status: to } });
  if (result.count === 0) throw new AppError("CONFLICT", "This artwork changed in the meantime. Reload and try again.");
  return to;
}
