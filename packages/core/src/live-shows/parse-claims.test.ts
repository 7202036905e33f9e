import { describe, expect, it } from "vitest";
import { parseClaimLines } from "./parse-claims.ts";

describe("parseClaimLines", () => {
  it("reads every shape viewers write", () => {
    const text = ["12 @jane", "@Jane 12", "#12 jane jane@x.com", "jane: 12", "SOLD 12 @jane", "claim 12 jane", "  Jane.Doe:#7  ", "bo, 3 Bo@Example.COM"].join(
      "\n",
    );
    expect(parseClaimLines(text)).toEqual({
      claims: [
        { line: 1, itemNumber: 12, handle: "jane" },
        { line: 2, itemNumber: 12, handle: "jane" },
        { line: 3, itemNumber: 12, handle: "jane", email: "jane@x.com" },
        { line: 4, itemNumber: 12, handle: "jane" },
        { line: 5, itemNumber: 12, handle: "jane" },
        { line: 6, itemNumber: 12, handle: "jane" },
        { line: 7, itemNumber: 7, handle: "jane.doe" },
        { line: 8, itemNumber: 3, handle: "bo", email: "bo@example.com" },
      ],
      bad: [],
    });
  });

  it("shows every unreadable line with its number and reason, skips blank lines, and keeps Windows line ends apart", () => {
    const r = parseClaimLines("love this!\r\n\r\n12\r\n12 13 @jane\r\n@jane @tom 4\r\n0 @jane\r\n5 @ja+ne\r\n6 jane a@b.c d@e.f\r\n7 jane@\r\n8 @kim");
    expect(r.claims).toEqual([{ line: 10, itemNumber: 8, handle: "kim" }]);
    expect(r.bad).toEqual([
      { line: 1, text: "love this!", reason: "No item number" },
      { line: 3, text: "12", reason: "No buyer handle" },
      { line: 4, text: "12 13 @jane", reason: "More than one item number (12, 13): one claim per line" },
      { line: 5, text: "@jane @tom 4", reason: "More than one name (@jane, @tom): write one handle per line" },
      { line: 6, text: "0 @jane", reason: "Item numbers go from 1 to 9999" },
      { line: 7, text: "5 @ja+ne", reason: "“@ja+ne” is not a handle (letters, digits, dots, dashes, underscores)" },
      { line: 8, text: "6 jane a@b.c d@e.f", reason: "More than one email address" },
      { line: 9, text: "7 jane@", reason: "“jane@” is not a handle (letters, digits, dots, dashes, underscores)" },
    ]);
  });

  it("returns nothing for an empty paste", () => {
    expect(parseClaimLines("\n  \n")).toEqual({ claims: [], bad: [] });
  });
});
