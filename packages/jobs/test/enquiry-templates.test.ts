import { describe, expect, it } from "vitest";
import { emailEvent } from "@atelier/events";
import { renderEmail } from "../src/index.ts";

const props = {
  displayName: "Mira & Co",
  senderName: "Ada",
  artworkTitle: "Harbour at Dusk",
  message: 'Is the <b>frame</b> included?\nAnd "shipping"?',
  threadUrl: "https://atelier.example/studio/enquiries/abc",
};

describe("enquiry mails", () => {
  it("to the artist: quotes the question escaped, links to the studio thread", () => {
    const m = renderEmail({ template: "enquiry-received", to: "mira@example.org", props });
    expect(m.subject).toBe("A question about “Harbour at Dusk” from Ada");
    expect(m.html).toContain("&lt;b&gt;frame&lt;/b&gt;");
    expect(m.html).not.toContain("<b>frame</b>");
    expect(m.html).toContain('href="https://atelier.example/studio/enquiries/abc"');
    expect(m.text).toContain('Is the <b>frame</b> included?\nAnd "shipping"?');
    expect(m.text).toContain("not shared with the collector");
  });

  it("to the collector: names the artist and links to the account thread", () => {
    const m = renderEmail({
      template: "enquiry-reply",
      to: "ada@example.org",
      props: { ...props, threadUrl: "https://atelier.example/account/enquiries/abc" },
    });
    expect(m.subject).toBe("Ada answered your enquiry about “Harbour at Dusk”");
    expect(m.text).toContain("https://atelier.example/account/enquiries/abc");
  });

  it("the catalogue refuses a message over 2,000 characters or a bad thread URL", () => {
    expect(() => emailEvent({ template: "enquiry-reply", to: "a@example.org", props: { ...props, message: "x".repeat(2001) } })).toThrow();
    expect(() => emailEvent({ template: "enquiry-reply", to: "a@example.org", props: { ...props, threadUrl: "not a url" } })).toThrow();
  });
});
