import { z } from "zod";
import { idCursorSchema } from "../pagination.ts";
import { ENQUIRY_MESSAGE_MAX } from "../enquiries/limits.ts";
import { idField, multilineText } from "./text.ts";

export { ENQUIRY_MESSAGE_MAX };

/** Input schemas of the enquiry procedures (shared by the router and the forms on the artwork, studio and account pages). */

const messageBody = multilineText({
  min: 2,
  minMessage: "Write your message (at least a few words).",
  max: ENQUIRY_MESSAGE_MAX,
  maxMessage: `Keep it under ${ENQUIRY_MESSAGE_MAX.toLocaleString("en")} characters.`,
});

/** A collector asks the artist about one artwork (a second question joins the same thread). */
export const askArtistSchema = z.object({ artworkId: idField(), body: messageBody });

/** Either party writes into a thread they belong to. */
export const replyToEnquirySchema = z.object({ enquiryId: idField(), body: messageBody });

export const enquiryIdSchema = z.object({ enquiryId: idField() });

export const listEnquiriesSchema = z.object({ cursor: idCursorSchema, limit: z.number().int().min(1).max(50).default(20) });
