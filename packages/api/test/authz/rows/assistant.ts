import { only, type MatrixRow, type Outcome } from "../types.ts";
import type { Persona } from "../fixture.ts";

/** Conversations are private to their owner: anyone else, admins included, gets NOT_FOUND. */
const ownConversation: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "NOT_FOUND", owner: "OK", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" };

export const rows: MatrixRow[] = [
  { path: "assistant.status", input: () => undefined, expect: only.everyone },
  { path: "assistant.conversations", input: () => ({ assistant: "PATRON" }), expect: only.signedIn },
  { path: "assistant.conversation", input: async (fx) => ({ id: await fx.newConversation() }), expect: ownConversation },
  { path: "assistant.rename", input: async (fx) => ({ id: await fx.newConversation(), title: "Renamed by the matrix" }), expect: ownConversation },
  { path: "assistant.delete", input: async (fx) => ({ id: await fx.newConversation() }), expect: ownConversation },
];
