import { type MatrixRow } from "../types.ts";

const application = {
  displayName: "Matrix Applicant",
  statement: "I paint harbours at dawn, in oil, on linen.",
  portfolioUrl: "https://example.org/portfolio",
  acceptTerms: true,
};

/** Rows run in order with shared personas: buyer and admin (not artists) draft → submit → withdraw. */
export const rows: MatrixRow[] = [
  {
    path: "artist.application.mine",
    input: () => undefined,
    expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "OK", otherArtist: "OK", admin: "OK" },
  },
  {
    path: "artist.application.saveDraft",
    input: () => application,
    expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "PRECONDITION_FAILED", otherArtist: "PRECONDITION_FAILED", admin: "OK" },
  },
  {
    path: "artist.application.submit",
    input: () => application,
    expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "PRECONDITION_FAILED", otherArtist: "PRECONDITION_FAILED", admin: "OK" },
  },
  {
    path: "artist.application.withdraw",
    input: () => undefined,
    expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "PRECONDITION_FAILED", otherArtist: "PRECONDITION_FAILED", admin: "OK" },
  },
];
