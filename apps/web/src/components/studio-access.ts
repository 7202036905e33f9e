import { formatDate } from "../lib/dates.ts";

/** What the studio tells a signed-in person without the artist role, from their latest application. */
export interface StudioApplication {
  status: "DRAFT" | "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN";
  submittedAt: Date | string | null;
  reviewedAt: Date | string | null;
}

interface StudioAccessCopy {
  state: "none" | StudioApplication["status"];
  title: string;
  body: string;
  action: { href: string; label: string };
  secondary?: { href: string; label: string };
}

export function studioAccessCopy(application: StudioApplication | null, contactEmail: string): StudioAccessCopy {
  switch (application?.status) {
    case undefined:
      return {
        state: "none",
        title: "The studio is for Atelier artists",
        body: "Here artists list their work, follow reviews and keep their profile. If you make art, tell us about your practice — we review every application by hand.",
        action: { href: "/apply", label: "Apply to sell on Atelier" },
      };
    case "DRAFT":
      return {
        state: "DRAFT",
        title: "Your application isn't sent yet",
        body: "You saved a draft application but haven't submitted it. Our curators see it once you send it; the studio opens when they approve it.",
        action: { href: "/apply", label: "Finish your application" },
      };
    case "PENDING":
      return {
        state: "PENDING",
        title: "Your application is with our curators",
        body: `You applied on ${formatDate(application.submittedAt)}. We write to you as soon as it has been reviewed — usually within a few days — and the studio opens here the moment you're approved.`,
        action: { href: "/apply", label: "See your application" },
        secondary: { href: "/gallery", label: "Browse the gallery meanwhile" },
      };
    case "REJECTED":
      return {
        state: "REJECTED",
        title: "Your application wasn't accepted",
        body: `Our curators reviewed it on ${formatDate(application.reviewedAt)} and left you a note. You're welcome to apply again when your portfolio has grown.`,
        action: { href: "/apply", label: "Read the curators' note" },
        secondary: { href: "/apply?new=1", label: "Apply again" },
      };
    case "WITHDRAWN":
      return {
        state: "WITHDRAWN",
        title: "You withdrew your application",
        body: "The studio opens once an application is approved. You can start a new one whenever you're ready.",
        action: { href: "/apply?new=1", label: "Start a new application" },
      };
    case "APPROVED":
      // approved once, but an admin has since taken the artist role away
      return {
        state: "APPROVED",
        title: "Your studio is closed for now",
        body: "Your application was approved, but your account no longer has artist access. Write to us and we'll tell you why and what happens next.",
        action: { href: `mailto:${contactEmail}?subject=${encodeURIComponent("My Atelier studio")}`, label: "Contact us" },
      };
  }
}
