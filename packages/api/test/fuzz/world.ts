import type { Db } from "@atelier/db";
import { makeUser } from "../harness.ts";
import { newArtworkImage } from "../authz/fixture.ts";
import { OMIT } from "./schema-inputs.ts";

/**
 * Real rows for the fuzz test to point at, so that a hostile value in one field of an otherwise valid
 * input gets past the id lookups (a NUL in a title only reaches the database if the artwork exists).
 */
export async function buildFuzzWorld(db: Db) {
  const persona = await makeUser(db, ["ADMIN", "ARTIST", "BUYER"], { name: "Fuzz Admin Artist" });
  const other = await makeUser(db, ["BUYER"], { name: "Fuzz Applicant" });
  const profile = await db.artistProfile.create({
    data: { userId: persona.id, displayName: "Fuzz Artist", slug: `fuzz-artist-${persona.id.slice(-6)}` },
    select: { id: true, slug: true },
  });
  const artwork = await db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `fuzz-work-${persona.id.slice(-6)}`,
      title: "Fuzz Work",
      medium: "Oil on canvas",
      widthTenths: 500,
      heightTenths: 700,
      priceAmount: 120_000,
      currency: "EUR",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
    select: { id: true, slug: true },
  });
  const image = await newArtworkImage(db, artwork.id, 0);
  const application = await db.artistApplication.create({
    data: { userId: other.id, status: "PENDING", displayName: "Fuzz Applicant", statement: "I paint.", submittedAt: new Date() },
    select: { id: true },
  });
  const stripeEventId = `evt_fuzz_${Date.now()}`;
  await db.stripeEvent.create({
    data: { id: stripeEventId, type: "account.updated", livemode: false, payload: {}, status: "FAILED", stripeCreatedAt: new Date() },
  });
  const jobRun = await db.jobRun.create({
    data: { functionId: "send-email", eventName: "atelier/email.requested", eventId: `fuzz-${Date.now()}`, payload: {}, status: "FAILED" },
    select: { id: true },
  });
  const mail = await db.emailOutbox.create({
    data: { toEmail: other.email, subject: "Hello", template: "test", html: "<p>Hi</p>", text: "Hi" },
    select: { id: true },
  });
  const conversation = await db.conversation.create({ data: { userId: persona.id, assistant: "PATRON" }, select: { id: true } });
  const token = await db.apiToken.create({
    data: { userId: persona.id, name: "fuzz", prefix: "atl_fuzz", tokenHash: `fuzz-${persona.id}` },
    select: { id: true },
  });

  /** The real value for a field of a procedure's input, by the field's name (and the procedure for a bare `id`). */
  function realValue(procedure: string, path: (string | number)[]): unknown {
    const field = [...path].reverse().find((p) => typeof p === "string");
    switch (field) {
      case "artworkId":
        return artwork.id;
      case "imageId":
        return image.id;
      case "orderedImageIds":
        return image.id;
      case "artistId":
        return profile.id;
      case "userId":
        return other.id;
      case "slug":
        return procedure.startsWith("artist.") ? profile.slug : artwork.slug;
      case "artist":
        return profile.slug;
      case "cursor":
        return OMIT;
      case "royalty":
      case "maxDiscount":
        return "10";
      case "serial":
        return "C-FUZZ000000"; // a well-formed certificate number (none is on record: NOT_FOUND)
      case "token":
        // a well-formed unsubscribe token (none is on record: NOT_FOUND); other tokens take the plain candidates
        return procedure.startsWith("savedSearch.") ? "FuzzUnsubscribeToken_0000000000" : undefined;
      case "id":
        if (procedure.startsWith("admin.application.")) return application.id;
        if (procedure.startsWith("admin.webhook.")) return stripeEventId;
        if (procedure.startsWith("admin.job.")) return jobRun.id;
        if (procedure.startsWith("admin.mailbox.")) return mail.id;
        if (procedure.startsWith("assistant.")) return conversation.id;
        if (procedure.startsWith("token.")) return token.id;
        return artwork.id;
      default:
        return undefined;
    }
  }

  return { persona, realValue };
}
