import { eventType } from "inngest";
import { z } from "zod";

/**
 * The typed event catalogue: the one module both senders (api, webhooks) and the durable
 * functions import, so senders never depend on the functions that consume their events.
 */
export const userSignedUp = eventType("atelier/user.signed-up", {
  schema: z.object({ userId: z.string(), email: z.string() }),
});

const to = z.email();
const name = z.string().min(1).max(200);

/** One templated mail to one recipient. The `send-email` function renders, stores and delivers it. */
export const emailSchema = z.discriminatedUnion("template", [
  z.object({ template: z.literal("application-submitted"), to, props: z.object({ displayName: name }) }),
  z.object({ template: z.literal("application-approved"), to, props: z.object({ displayName: name, studioUrl: z.url() }) }),
  z.object({
    template: z.literal("application-rejected"),
    to,
    props: z.object({ displayName: name, reason: z.string().min(1).max(2000), applyUrl: z.url() }),
  }),
  z.object({
    template: z.literal("artwork-reviewed"),
    to,
    props: z.object({
      displayName: name,
      title: z.string().min(1).max(200),
      decision: z.enum(["approved", "changes_requested", "rejected"]),
      note: z.string().max(2000).optional(),
      url: z.url(),
    }),
  }),
]);
export type EmailRequest = z.infer<typeof emailSchema>;
export type EmailTemplate = EmailRequest["template"];

export const emailRequested = eventType("atelier/email.requested", { schema: emailSchema });

/** What senders hand to an EventSender: a catalogue name, its data, and an id that makes delivery idempotent. */
export interface AtelierEvent<TName extends string = string, TData = Record<string, unknown>> {
  name: TName;
  data: TData;
  /** Same id twice → each function runs once. Use a deterministic id for anything that must not repeat. */
  id?: string;
}

export type EmailRequestedEvent = AtelierEvent<"atelier/email.requested", EmailRequest>;
export type UserSignedUpEvent = AtelierEvent<"atelier/user.signed-up", { userId: string; email: string }>;
export type CatalogueEvent = EmailRequestedEvent | UserSignedUpEvent;

/** Builds a typed email event (validated against the catalogue schema). */
export function emailEvent(data: EmailRequest, id?: string): EmailRequestedEvent {
  return { name: "atelier/email.requested", data: emailSchema.parse(data), id };
}
