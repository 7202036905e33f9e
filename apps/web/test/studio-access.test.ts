import { describe, expect, it } from "vitest";
import { studioAccessCopy } from "../src/components/studio-access.ts";

const at = (status: "DRAFT" | "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN") => ({
  status,
  submittedAt: new Date("2026-11-20T10:00:00Z"),
  reviewedAt: status === "REJECTED" ? new Date("2026-11-24T10:00:00Z") : null,
});

describe("studioAccessCopy: what the studio tells someone who is not (yet) an artist", () => {
  it("invites someone who never applied to apply", () => {
    const copy = studioAccessCopy(null, "team@atelier.example");
    expect(copy.title).toBe("The studio is for Atelier artists");
    expect(copy.action).toEqual({ href: "/apply", label: "Apply to sell on Atelier" });
  });

  it("tells a pending applicant their application is being reviewed, and never to apply", () => {
    const copy = studioAccessCopy(at("PENDING"), "team@atelier.example");
    expect(copy.title).toBe("Your application is with our curators");
    expect(copy.body).toContain("You applied on 20 Nov 2026");
    expect(copy.action.label).toBe("See your application");
    expect(`${copy.title} ${copy.body} ${copy.action.label} ${copy.secondary?.label}`).not.toMatch(/apply to sell|start a new application|apply again/i);
  });

  it("points a rejected applicant to the curators' note and lets them apply again", () => {
    const copy = studioAccessCopy(at("REJECTED"), "team@atelier.example");
    expect(copy.title).toBe("Your application wasn't accepted");
    expect(copy.body).toContain("24 Nov 2026");
    expect(copy.action).toEqual({ href: "/apply", label: "Read the curators' note" });
    expect(copy.secondary).toEqual({ href: "/apply?new=1", label: "Apply again" });
  });

  it("offers someone who withdrew a new application", () => {
    const copy = studioAccessCopy(at("WITHDRAWN"), "team@atelier.example");
    expect(copy.title).toBe("You withdrew your application");
    expect(copy.action).toEqual({ href: "/apply?new=1", label: "Start a new application" });
  });

  it("sends someone with an unsent draft back to finish it", () => {
    const copy = studioAccessCopy(at("DRAFT"), "team@atelier.example");
    expect(copy.action).toEqual({ href: "/apply", label: "Finish your application" });
  });

  it("tells an approved applicant whose artist role was removed to contact the team", () => {
    const copy = studioAccessCopy(at("APPROVED"), "team@atelier.example");
    expect(copy.title).toBe("Your studio is closed for now");
    expect(copy.action.href).toMatch(/^mailto:team@atelier\.example\?/);
  });
});
