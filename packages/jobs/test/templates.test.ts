import { describe, expect, it } from "vitest";
import { emailEvent } from "@atelier/events";
import { renderEmail } from "../src/index.ts";

describe("email templates", () => {
  it("submitted: subject, html and text", () => {
    const m = renderEmail({ template: "application-submitted", to: "a@example.org", props: { displayName: "Ada" } });
    expect(m.subject).toBe("We received your application");
    expect(m.html).toMatch(/^<!doctype html>/);
    expect(m.html).toContain("Dear Ada,");
    expect(m.text).toContain("Dear Ada,");
    expect(m.text).not.toMatch(/<[a-z]/);
  });

  it("approved: links to the studio and mentions Stripe onboarding", () => {
    const m = renderEmail({
      template: "application-approved",
      to: "a@example.org",
      props: { displayName: "Ada", studioUrl: "https://atelier.example/studio" },
    });
    expect(m.html).toContain('href="https://atelier.example/studio"');
    expect(m.text).toContain("https://atelier.example/studio");
    expect(m.text).toMatch(/Stripe/);
  });

  it("rejected: quotes the reason, escaped in HTML", () => {
    const reason = 'Your <script>alert("x")</script> portfolio link was broken.\nPlease fix it.';
    const m = renderEmail({
      template: "application-rejected",
      to: "a@example.org",
      props: { displayName: "Ada & Co", reason, applyUrl: "https://atelier.example/apply" },
    });
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&lt;script&gt;");
    expect(m.html).toContain("Ada &amp; Co");
    expect(m.text).toContain("> Please fix it.");
  });

  it("account mails: the verification and reset links, the sign-up attempt and the password change", () => {
    const verify = renderEmail({
      template: "verify-email",
      to: "a@example.org",
      props: { displayName: "Ada", verifyUrl: "https://atelier.example/verify-email?token=abc" },
    });
    expect(verify.subject).toBe("Confirm your email address");
    expect(verify.html).toContain('href="https://atelier.example/verify-email?token=abc"');
    expect(verify.text).toContain("expires in 24 hours");
    const reset = renderEmail({
      template: "reset-password",
      to: "a@example.org",
      props: { displayName: "Ada", resetUrl: "https://atelier.example/reset-password?token=abc" },
    });
    expect(reset.text).toContain("https://atelier.example/reset-password?token=abc");
    expect(reset.text).toContain("expires in one hour");
    const attempt = renderEmail({
      template: "sign-up-attempt",
      to: "a@example.org",
      props: { displayName: "Ada", signInUrl: "https://atelier.example/sign-in", resetUrl: "https://atelier.example/forgot-password" },
    });
    expect(attempt.subject).toBe("You already have an Atelier account");
    expect(attempt.text).toMatch(/Someone tried to create a new Atelier account with your email address/);
    expect(attempt.text).toContain("https://atelier.example/forgot-password");
    const changed = renderEmail({
      template: "password-changed",
      to: "a@example.org",
      props: { displayName: "Ada", resetUrl: "https://atelier.example/forgot-password" },
    });
    expect(changed.text).toMatch(/signed out/);
    expect(() => emailEvent({ template: "reset-password", to: "a@example.org", props: { displayName: "Ada", resetUrl: "not a url" } })).toThrow();
  });

  it("emailEvent validates against the catalogue schema", () => {
    expect(() =>
      emailEvent({ template: "application-rejected", to: "not-an-email", props: { displayName: "A", reason: "r", applyUrl: "https://x.org" } }),
    ).toThrow();
    expect(emailEvent({ template: "application-submitted", to: "a@example.org", props: { displayName: "A" } }, "id-1")).toMatchObject({
      name: "atelier/email.requested",
      id: "id-1",
    });
  });
});
