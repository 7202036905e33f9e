import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "./harness.ts";

const h = useTestDatabase();

describe("artist.profile", () => {
  it("creates the profile on first save with a slug, then updates it; normalises instagram", async () => {
    const u = await makeUser(h.db, ["ARTIST"]);
    const api = await callerAs(h.db, u.id);
    expect(await api.artist.profile.mine()).toBeNull();
    const created = await api.artist.profile.update({
      displayName: "Mira Okafor",
      bio: "Sea paintings.",
      instagram: "https://instagram.com/mira.paints/",
      website: "https://mira.example",
    });
    expect(created).toMatchObject({ slug: "mira-okafor", instagram: "mira.paints", website: "https://mira.example" });
    const updated = await api.artist.profile.update({
      displayName: "Mira O.",
      statement: "Light on water.",
      instagram: "@mira.paints",
      website: "",
      location: "",
    });
    expect(updated).toMatchObject({ slug: "mira-okafor", displayName: "Mira O.", website: null, location: null, instagram: "mira.paints" });
  });

  it("rejects bad input as field errors and writes nothing", async () => {
    const u = await makeUser(h.db, ["ARTIST"]);
    const api = await callerAs(h.db, u.id);
    for (const [patch, field] of [
      [{ displayName: "" }, "displayName"],
      [{ bio: "x".repeat(4001) }, "bio"],
      [{ statement: "x".repeat(4001) }, "statement"],
      [{ website: "javascript:alert(1)" }, "website"],
      [{ website: "not a url" }, "website"],
      [{ instagram: "bad handle!" }, "instagram"],
    ] as const) {
      try {
        await api.artist.profile.update({ displayName: "Valid", ...patch });
        throw new Error("should fail");
      } catch (e) {
        expect(e).toBeInstanceOf(TRPCError);
        expect((e as TRPCError).code).toBe("BAD_REQUEST");
        const issues = ((e as TRPCError).cause as unknown as { issues: { path: string[] }[] }).issues;
        expect(issues.map((i) => i.path.join("."))).toContain(field);
      }
    }
    expect(await h.db.artistProfile.count({ where: { userId: u.id } })).toBe(0);
  });
});
