import { z } from "zod";
import { CURRENCIES } from "../money/currencies.ts";
import { idField, multilineText, textField } from "./text.ts";

/** Input schemas of events and tickets (shared by the routers, the studio forms, the door page and the assistant). */

export const EVENT_KINDS = ["EXHIBITION", "OPENING", "WORKSHOP", "STUDIO_VISIT"] as const;
export type EventKindName = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKindName, string> = {
  EXHIBITION: "Exhibition",
  OPENING: "Opening",
  WORKSHOP: "Workshop",
  STUDIO_VISIT: "Studio visit",
};

/** Most places an event (or one ticket type) may have. */
export const MAX_CAPACITY = 10_000;
/** Most tickets one order may take of a type. */
export const MAX_PER_ORDER = 20;
/** Most ticket types an event may have. */
export const MAX_TICKET_TYPES = 10;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const timeZoneSchema = textField({ min: 1, minMessage: "Choose the time zone", max: 64 }).refine(isTimeZone, "Choose a time zone such as Europe/Dublin");
const httpsUrl = textField({ max: 500 })
  .url("Enter the full link, starting with https://")
  .refine((u) => /^https?:\/\//i.test(u), "Enter the full link, starting with https://");
const title = textField({ min: 3, minMessage: "Give the event a title of at least 3 characters", max: 120, maxMessage: "Titles are at most 120 characters" });
const capacity = z
  .number({ error: "Enter how many places there are" })
  .int("Places are whole numbers")
  .min(1, "At least 1 place")
  .max(MAX_CAPACITY, `At most ${MAX_CAPACITY.toLocaleString("en")} places`);

/** A section of the public event page; the page is built from these, in order. */
export const landingSectionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("about"), heading: textField({ max: 80 }), body: multilineText({ max: 4000 }) }),
  z.object({ type: z.literal("artists"), heading: textField({ max: 80 }) }),
  z.object({ type: z.literal("works"), heading: textField({ max: 80 }) }),
  z.object({
    type: z.literal("schedule"),
    heading: textField({ max: 80 }),
    items: z.array(z.object({ time: textField({ max: 20 }), label: textField({ min: 1, max: 160 }) })).max(20),
  }),
  z.object({ type: z.literal("venue"), heading: textField({ max: 80 }) }),
  z.object({
    type: z.literal("faq"),
    heading: textField({ max: 80 }),
    items: z.array(z.object({ question: textField({ min: 1, max: 200 }), answer: multilineText({ min: 1, max: 1000 }) })).max(20),
  }),
]);
export type LandingSection = z.infer<typeof landingSectionSchema>;

/** The landing-page config stored on Event.landing: a hero and the sections below it. */
export const landingPageSchema = z.object({
  hero: z.object({ eyebrow: textField({ max: 60 }), headline: textField({ min: 1, max: 140 }), tagline: textField({ max: 240 }) }),
  sections: z.array(landingSectionSchema).max(12),
});
export type LandingPage = z.infer<typeof landingPageSchema>;

const eventFields = {
  kind: z.enum(EVENT_KINDS, { error: "Choose the kind of event" }),
  title,
  summary: textField({ max: 240, maxMessage: "Keep the summary under 240 characters" }).default(""),
  description: multilineText({ max: 8000, maxMessage: "At most 8,000 characters" }).default(""),
  online: z.boolean().default(false),
  venueName: textField({ max: 120 }).optional(),
  venueAddress: textField({ max: 240 }).optional(),
  city: textField({ max: 80 }).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Choose the country")
    .optional(),
  onlineUrl: httpsUrl.optional(),
  startsAt: z.coerce.date({ error: "Enter when it starts" }),
  endsAt: z.coerce.date({ error: "Enter when it ends" }),
  timeZone: timeZoneSchema,
  capacity,
  currency: z.enum(CURRENCIES, `Choose one of ${CURRENCIES.join(", ")}`),
  artworkIds: z.array(idField()).max(40, "At most 40 works").default([]),
};

type EventShape = { online: boolean; venueName?: string; city?: string; onlineUrl?: string; startsAt: Date; endsAt: Date };
function checkPlace(v: EventShape, ctx: z.RefinementCtx) {
  if (v.online && !v.onlineUrl) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "Add the link attendees join by (only ticket holders see it)" });
  if (!v.online && !v.venueName) ctx.addIssue({ code: "custom", path: ["venueName"], message: "Say where it takes place" });
  if (!v.online && !v.city) ctx.addIssue({ code: "custom", path: ["city"], message: "Add the city" });
  if (v.endsAt.getTime() <= v.startsAt.getTime()) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "It must end after it starts" });
  if (v.endsAt.getTime() - v.startsAt.getTime() > 92 * 86_400_000)
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Events last at most three months" });
}

export const createEventSchema = z.object(eventFields).superRefine(checkPlace);
export type CreateEventInput = z.input<typeof createEventSchema>;

export const updateEventSchema = z.object({ eventId: idField(), ...eventFields, landing: landingPageSchema.optional() }).superRefine(checkPlace);

export const eventIdSchema = z.object({ eventId: idField() });
export const eventSlugSchema = z.object({ slug: textField({ min: 1, max: 140 }) });

export const ticketTypeSchema = z.object({
  eventId: idField(),
  name: textField({ min: 1, minMessage: "Name the ticket (e.g. General admission)", max: 80 }),
  description: textField({ max: 240 }).default(""),
  /** major units of the event's currency; "" or "0" = free */
  price: z.string().max(40, "Enter the price as a number, e.g. 45 or 45.50").default(""),
  quota: capacity,
  maxPerOrder: z.number().int("Whole numbers only").min(1, "At least 1").max(MAX_PER_ORDER, `At most ${MAX_PER_ORDER}`).default(10),
  saleStartsAt: z.coerce.date().optional(),
  saleEndsAt: z.coerce.date().optional(),
});
export type TicketTypeInput = z.input<typeof ticketTypeSchema>;

export const attendeeNameSchema = textField({ min: 1, minMessage: "Enter the attendee's name", max: 120, maxMessage: "Names are at most 120 characters" });

export const buyTicketsSchema = z
  .object({
    eventId: idField(),
    ticketTypeId: idField(),
    quantity: z
      .number({ error: "How many tickets?" })
      .int("Whole tickets only")
      .min(1, "At least 1 ticket")
      .max(MAX_PER_ORDER, `At most ${MAX_PER_ORDER} at once`),
    /** one name per ticket, in order */
    attendees: z.array(attendeeNameSchema).min(1, "Name each attendee").max(MAX_PER_ORDER),
  })
  .superRefine((v, ctx) => {
    if (v.attendees.length !== v.quantity) ctx.addIssue({ code: "custom", path: ["attendees"], message: `Name each of the ${v.quantity} attendees` });
  });
export type BuyTicketsInput = z.input<typeof buyTicketsSchema>;

/** What the door page sends: the code read from the QR (or typed), and a nonce per scan so a replayed request counts once. */
export const checkInSchema = z.object({
  eventId: idField(),
  code: textField({ min: 1, minMessage: "Scan or type the ticket code", max: 80 }).transform((c) => c.replace(/[\s-]/g, "").toUpperCase()),
  list: textField({ min: 1, max: 40 }).default("Entrance"),
  nonce: textField({ min: 8, max: 64 }),
});

export const listEventsSchema = z.object({
  when: z.enum(["upcoming", "past"]).default("upcoming"),
  city: textField({ max: 80 }).optional(),
  online: z.boolean().optional(),
  free: z.boolean().optional(),
  kind: z.enum(EVENT_KINDS).optional(),
});
export type ListEventsInput = z.input<typeof listEventsSchema>;

export const waitingListSchema = z.object({
  ticketTypeId: idField(),
  quantity: z.number().int().min(1).max(MAX_PER_ORDER).default(1),
});
