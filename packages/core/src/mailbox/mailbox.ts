import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { z } from "zod";
import { afterIdCursor, idCursorPage, idCursorSchema } from "../pagination.ts";
import { idField } from "../schemas/text.ts";

export const listMailSchema = z.object({
  cursor: idCursorSchema,
  limit: z.number().int().min(1).max(100).default(50),
});
export const mailIdSchema = z.object({ id: idField() });

/** Every mail the platform stored, newest first (whatever the transport). */
export async function listMail(db: Db, raw: z.input<typeof listMailSchema>) {
  const { cursor, limit } = listMailSchema.parse(raw);
  const rows = await db.emailOutbox.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.emailOutbox.findUnique({ where: { id }, select: { id: true } }))),
    select: { id: true, toEmail: true, subject: true, template: true, status: true, transport: true, createdAt: true, sentAt: true, lastError: true },
  });
  return idCursorPage(rows, limit);
}

export async function getMail(db: Db, raw: z.input<typeof mailIdSchema>) {
  const { id } = mailIdSchema.parse(raw);
  const mail = await db.emailOutbox.findUnique({ where: { id } });
  if (!mail) throw new AppError("NOT_FOUND", "Mail not found");
  return mail;
}
