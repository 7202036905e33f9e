import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ExchangeRateFeedError, parseEcbFeed } from "./ecb-feed.ts";

const sample = fs.readFileSync(new URL("./ecb-daily-2024-06-13.xml", import.meta.url), "utf8");

describe("parseEcbFeed", () => {
  it("reads the stored daily feed: one day, 30 currencies, rates as the feed wrote them", () => {
    const rates = parseEcbFeed(sample);
    expect(rates).toHaveLength(30);
    expect(new Set(rates.map((r) => r.date))).toEqual(new Set(["2024-06-13"]));
    expect(rates[0]).toEqual({ date: "2024-06-13", currency: "USD", perEuro: "1.0784" });
    expect(rates.find((r) => r.currency === "JPY")?.perEuro).toBe("169.58");
    expect(rates.find((r) => r.currency === "GBP")?.perEuro).toBe("0.84468");
    for (const code of ["USD", "GBP", "CHF", "SEK", "NOK", "DKK", "JPY", "CAD", "AUD"]) expect(rates.map((r) => r.currency)).toContain(code);
  });

  it("reads several days (the 90-day file) and double-quoted attributes", () => {
    const xml = `<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
      <Cube><Cube time="2024-06-14"><Cube currency="USD" rate="1.0698"/></Cube><Cube time="2024-06-13"><Cube currency="USD" rate="1.0784"/></Cube></Cube>
    </gesmes:Envelope>`;
    expect(parseEcbFeed(xml)).toEqual([
      { date: "2024-06-14", currency: "USD", perEuro: "1.0698" },
      { date: "2024-06-13", currency: "USD", perEuro: "1.0784" },
    ]);
  });

  it("refuses a broken feed as a whole", () => {
    const bad = [
      "<html>Service unavailable</html>",
      "not xml at all <",
      sample.replace("rate='1.0784'", "rate='n/a'"),
      sample.replace("rate='1.0784'", "rate='-1.0784'"),
      sample.replace("rate='1.0784'", "rate='1.07841234'"),
      sample.replace("currency='USD'", "currency='usd'"),
      sample.replace("time='2024-06-13'", "time='2024-02-30'"),
      sample.replace("<Cube currency='JPY' rate='169.58'/>", "<Cube currency='USD' rate='1.08'/>"),
    ];
    for (const xml of bad) expect(() => parseEcbFeed(xml)).toThrow(ExchangeRateFeedError);
  });
});
