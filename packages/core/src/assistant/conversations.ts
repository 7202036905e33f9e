import type { Db, Prisma } from "@atelier/db";
import { AppError } from "../errors.ts";
import type { UIMessage } from "ai";
import type { AssistantKind } from "./definition.ts";

export const DEFAULT_TITLE = "New conversation";

export interface ConversationSummary {
  id: string;
  title: string;
  assistant: AssistantKind;
  updatedAt: Date;
}

const summarySelect = { id: true, title: true, assistant: true, updatedAt: true } as const;

/** The caller's conversations with one assistant, most recent first. */
export function listConversations(db: Db, userId: string, assistant: AssistantKind, take = 50): Promise<ConversationSummary[]> {
  return db.conversation.findMany({ where: { userId, assistant }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take, select: summarySelect });
}

export function createConversation(db: Db, userId: string, assistant: AssistantKind): Promise<ConversationSummary> {
  return db.conversation.create({ data: { userId, assistant }, select: summarySelect });
}

/** A conversation of the caller's; anyone else's (or none) is NOT_FOUND, so ids never reveal other people's chats. */
export async function findOwnConversation(db: Db, userId: string, id: string): Promise<ConversationSummary> {
  const c = await db.conversation.findFirst({ where: { id, userId }, select: summarySelect });
  if (!c) throw new AppError("NOT_FOUND", "We couldn't find that conversation.");
  return c;
}

export async function loadMessages(db: Db, conversationId: string): Promise<UIMessage[]> {
  const rows = await db.conversationMessage.findMany({ where: { conversationId }, orderBy: { position: "asc" } });
  return rows.map((r) => ({
    id: r.id,
    role: r.role as UIMessage["role"],
    // stored by saveMessages from validated messages; the chat route validates them again with its tools before use
    parts: r.parts as unknown as UIMessage["parts"],
    ...(r.metadata === null ? {} : { metadata: r.metadata }),
  }));
}

export async function getConversation(db: Db, userId: string, id: string) {
  const conversation = await findOwnConversation(db, userId, id);
  return { ...conversation, messages: await loadMessages(db, id) };
}

export async function renameConversation(db: Db, userId: string, id: string, title: string): Promise<ConversationSummary> {
  await findOwnConversation(db, userId, id);
  return db.conversation.update({ where: { id }, data: { title }, select: summarySelect });
}

export async function deleteConversation(db: Db, userId: string, id: string): Promise<{ id: string; deleted: true }> {
  const r = await db.conversation.deleteMany({ where: { id, userId } });
  if (r.count === 0) throw new AppError("NOT_FOUND", "We couldn't find that conversation.");
  return { id, deleted: true };
}

/** "Small blue abstract paintings under 500" → a title from the first thing the user asked. */
export function titleFrom(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (!oneLine) return DEFAULT_TITLE;
  return oneLine.length <= 60 ? oneLine : `${oneLine.slice(0, 57).replace(/\s+\S*$/, "")}…`;
}

const json = (v: unknown) => v as Prisma.InputJsonValue;

/**
 * Stores the whole conversation as the chat UI shows it, in order. Messages are upserted by id
 * (the assistant's last message changes while tools run and approvals come back), and the first
 * user message names a conversation that still has the default title.
 */
export async function saveMessages(db: Db, conversationId: string, messages: UIMessage[]): Promise<void> {
  await db.$transaction(async (tx) => {
    const foreign = await tx.conversationMessage.count({ where: { id: { in: messages.map((m) => m.id) }, conversationId: { not: conversationId } } });
    if (foreign > 0) throw new AppError("BAD_REQUEST", "A message id belongs to another conversation.");
    await tx.conversationMessage.deleteMany({ where: { conversationId, id: { notIn: messages.map((m) => m.id) } } });
    // park existing rows on negative positions first, so re-numbering never collides with the unique (conversationId, position)
    await tx.$executeRaw`UPDATE "ConversationMessage" SET "position" = -1 - "position" WHERE "conversationId" = ${conversationId}`;
    for (const [position, m] of messages.entries()) {
      const data = { position, role: m.role, parts: json(m.parts), metadata: m.metadata === undefined ? undefined : json(m.metadata) };
      await tx.conversationMessage.upsert({ where: { id: m.id }, create: { id: m.id, conversationId, ...data }, update: data });
    }
    const conversation = await tx.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { title: true } });
    const firstUser = messages.find((m) => m.role === "user");
    const firstText = firstUser?.parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join(" ") ?? "";
    await tx.conversation.update({
      where: { id: conversationId },
      data: { updatedAt: new Date(), ...(conversation.title === DEFAULT_TITLE && firstText ? { title: titleFrom(firstText) } : {}) },
    });
  });
}
