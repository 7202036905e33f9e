import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../src/errors.ts";
import { callerAs, makeUser, useTestDatabase } from "./harness.ts";

/** Cursors are ours to hand out: one a client made up or edited is BAD_REQUEST on `cursor`, and real ones still page. */
const h = useTestDatabase();
let admin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
  for (let i = 0; i < 3; i++) await makeUser(h.db);
});

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    return { code: e.code, fields: Object.keys(fieldErrorsOf(e.cause) ?? {}) };
  }
  return "OK";
}

const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("id-cursor listings", () => {
  it("page with the cursors they hand out", async () => {
    const caller = await callerAs(h.db, admin.id);
    const first = await caller.admin.user.list({ limit: 2 });
    expect(first.nextCursor).toBeTruthy();
    const second = await caller.admin.user.list({ limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((u) => u.id)).not.toContain(first.items[0]!.id);
  });

  it("refuse a cursor of no row, or of the wrong shape, on the cursor field", async () => {
    const caller = await callerAs(h.db, admin.id);
    const bad = ["cl0000000000000000000000", "a\u0000b", "../etc", "x".repeat(200)];
    const listings = [
      (cursor: string) => caller.admin.user.list({ cursor }),
      (cursor: string) => caller.admin.mailbox.list({ cursor }),
      (cursor: string) => caller.admin.audit.list({ cursor }),
      (cursor: string) => caller.admin.application.list({ cursor }),
      (cursor: string) => caller.admin.artwork.queue({ cursor }),
      (cursor: string) => caller.admin.webhook.list({ cursor }),
      (cursor: string) => caller.admin.job.list({ cursor }),
      (cursor: string) => caller.artist.public.list({ cursor }),
    ];
    for (const list of listings) for (const cursor of bad) expect(await failure(list(cursor)), cursor).toEqual({ code: "BAD_REQUEST", fields: ["cursor"] });
  });
});

describe("keyset cursors of the gallery and search", () => {
  it("refuse keys that would not cast to the sort's type, on the cursor field", async () => {
    const anon = await callerAs(h.db, null);
    const cursors = [
      forged({ s: "newest", k: "not-a-date", i: "x" }),
      forged({ s: "newest", k: "2024-13-45 99:99:99", i: "x" }),
      forged({ s: "price_asc", k: "ten", i: "x" }),
      forged({ s: "price_desc", k: "99999999999999999999", i: "x" }), // past int8 (the euro-value sort key)
      forged({ s: "relevance", k: "high", i: "x" }),
      "%%%",
    ];
    for (const cursor of cursors) {
      for (const sort of ["newest", "price_asc", "price_desc"] as const) {
        expect(await failure(anon.artwork.list({ sort, cursor })), `${sort} ${cursor}`).toEqual({ code: "BAD_REQUEST", fields: ["cursor"] });
      }
      for (const sort of ["relevance", "newest", "price_asc"] as const) {
        expect(await failure(anon.artwork.search({ q: "sea", sort, cursor })), `search ${sort} ${cursor}`).toEqual({ code: "BAD_REQUEST", fields: ["cursor"] });
      }
    }
  });
});
