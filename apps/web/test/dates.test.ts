import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, isoDateTime } from "../src/lib/dates.ts";

describe("formatDate / formatDateTime", () => {
  it("prints the day, the short month and the year", () => {
    expect(formatDate(new Date("2026-12-02T14:05:09Z"))).toBe("2 Dec 2026");
    expect(formatDate(new Date("2026-09-30T00:00:00Z"))).toBe("30 Sep 2026");
  });

  it("adds the time in UTC, with seconds when asked", () => {
    expect(formatDateTime(new Date("2026-12-02T14:05:09Z"))).toBe("2 Dec 2026, 14:05 UTC");
    expect(formatDateTime(new Date("2026-12-02T04:05:09Z"), { seconds: true })).toBe("2 Dec 2026, 04:05:09 UTC");
  });

  it("uses the UTC calendar day whatever the machine's time zone", () => {
    // 23:30 UTC is already the next day east of Greenwich; the page says the UTC day everywhere
    expect(formatDate(new Date("2026-01-31T23:30:00Z"))).toBe("31 Jan 2026");
    expect(formatDate(new Date("2026-02-01T00:30:00+02:00"))).toBe("31 Jan 2026");
  });

  it("accepts ISO strings and timestamps (dates that crossed to a client component)", () => {
    expect(formatDate("2026-03-07T10:00:00.000Z")).toBe("7 Mar 2026");
    expect(formatDateTime(Date.UTC(2026, 2, 7, 9, 3))).toBe("7 Mar 2026, 09:03 UTC");
  });

  it("prints a dash for a missing or invalid date", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDateTime(undefined)).toBe("—");
    expect(formatDate("not a date")).toBe("—");
    expect(isoDateTime(null)).toBeUndefined();
    expect(isoDateTime(new Date("2026-12-02T14:05:09Z"))).toBe("2026-12-02T14:05:09.000Z");
  });
});
