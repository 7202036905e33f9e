import { z } from "zod";

/**
 * Countries where Stripe Connect Express accounts can be opened for our artists (ISO 3166-1
 * alpha-2 → English name), shown in the application form. The account's country is fixed at
 * creation, so the application asks for it.
 */
export const CONNECT_COUNTRIES = {
  AT: "Austria",
  AU: "Australia",
  BE: "Belgium",
  BG: "Bulgaria",
  CA: "Canada",
  CH: "Switzerland",
  CY: "Cyprus",
  CZ: "Czech Republic",
  DE: "Germany",
  DK: "Denmark",
  EE: "Estonia",
  ES: "Spain",
  FI: "Finland",
  FR: "France",
  GB: "United Kingdom",
  GR: "Greece",
  HR: "Croatia",
  HU: "Hungary",
  IE: "Ireland",
  IT: "Italy",
  JP: "Japan",
  LI: "Liechtenstein",
  LT: "Lithuania",
  LU: "Luxembourg",
  LV: "Latvia",
  MT: "Malta",
  MX: "Mexico",
  NL: "Netherlands",
  NO: "Norway",
  NZ: "New Zealand",
  PL: "Poland",
  PT: "Portugal",
  RO: "Romania",
  SE: "Sweden",
  SG: "Singapore",
  SI: "Slovenia",
  SK: "Slovakia",
  US: "United States",
} as const satisfies Record<string, string>;
export type ConnectCountry = keyof typeof CONNECT_COUNTRIES;

export const connectCountrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c): c is ConnectCountry => Object.hasOwn(CONNECT_COUNTRIES, c), "Choose the country where you'll receive payouts");
