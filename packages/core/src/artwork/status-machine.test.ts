import { describe, expect, it } from "vitest";
import { isEditable, nextStatus, type ArtworkEvent } from "./status-machine.ts";

const ALL = ["DRAFT", "IN_REVIEW", "PUBLISHED", "REJECTED", "UNPUBLISHED", "ARCHIVED", "SOLD"] as const;
const EVENTS: ArtworkEvent[] = ["submit", "approve", "requestChanges", "reject", "unpublish", "republish", "archive", "materialEdit"];

describe("artwork status machine", () => {
  it("allows exactly the documented transitions", () => {
    const allowed: string[] = [];
    for (const from of ALL)
      for (const ev of EVENTS) {
        const to = nextStatus(from, ev);
        if (to) allowed.push(`${from} -${ev}-> ${to}`);
      }
    expect(allowed.sort()).toEqual(
      [
        "DRAFT -submit-> IN_REVIEW",
        "REJECTED -submit-> IN_REVIEW",
        "IN_REVIEW -approve-> PUBLISHED",
        "IN_REVIEW -requestChanges-> DRAFT",
        "IN_REVIEW -reject-> REJECTED",
        "PUBLISHED -unpublish-> UNPUBLISHED",
        "UNPUBLISHED -republish-> PUBLISHED",
        "DRAFT -archive-> ARCHIVED",
        "IN_REVIEW -archive-> ARCHIVED",
        "PUBLISHED -archive-> ARCHIVED",
        "REJECTED -archive-> ARCHIVED",
        "UNPUBLISHED -archive-> ARCHIVED",
        "DRAFT -materialEdit-> DRAFT",
        "IN_REVIEW -materialEdit-> IN_REVIEW",
        "REJECTED -materialEdit-> REJECTED",
        "PUBLISHED -materialEdit-> IN_REVIEW",
        "UNPUBLISHED -materialEdit-> DRAFT",
      ].sort(),
    );
  });

  it("never leaves SOLD and never publishes without review from a draft", () => {
    for (const ev of EVENTS) expect(nextStatus("SOLD", ev)).toBeNull();
    for (const ev of EVENTS) expect(nextStatus("DRAFT", ev)).not.toBe("PUBLISHED");
    for (const ev of EVENTS) expect(nextStatus("REJECTED", ev)).not.toBe("PUBLISHED");
  });

  it("only SOLD and ARCHIVED are read-only", () => {
    expect(ALL.filter((s) => !isEditable(s))).toEqual(["ARCHIVED", "SOLD"]);
  });
});
