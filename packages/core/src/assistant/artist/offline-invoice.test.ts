import { describe, expect, it } from "vitest";
import { INVOICE_REQUEST, parseInvoiceRequest } from "./offline-invoice.ts";

describe("offline invoice requests", () => {
  it("reads the issue's sentence", () => {
    const t = "invoice Jane Doe, jane@example.com, €2,000 for Indigo Hour, 50% deposit, due in 14 days";
    expect(INVOICE_REQUEST.test(t)).toBe(true);
    expect(parseInvoiceRequest(t)).toEqual({
      input: {
        buyerName: "Jane Doe",
        buyerEmail: "jane@example.com",
        amount: "2000",
        currency: "EUR",
        artwork: "Indigo Hour",
        depositPercent: 50,
        dueInDays: 14,
      },
      missing: [],
    });
  });

  it("says what is missing", () => {
    expect(parseInvoiceRequest("invoice Jane Doe for Indigo Hour").missing).toEqual(["their email"]);
    expect(parseInvoiceRequest("invoice jane@example.com").missing).toEqual(["the collector's name", "what it is for (one of your works, or an amount)"]);
  });

  it("a commission with a balance date", () => {
    const p = parseInvoiceRequest("Invoice Rua Byrne rua@example.ie £600 for a commission portrait, deposit of 30%, due in 7 days, balance in 60 days");
    expect(p.input).toMatchObject({
      buyerName: "Rua Byrne",
      buyerEmail: "rua@example.ie",
      amount: "600",
      currency: "GBP",
      depositPercent: 30,
      dueInDays: 7,
      balanceDueInDays: 60,
    });
    expect(p.input.artwork).toBe("a commission portrait");
  });
});
