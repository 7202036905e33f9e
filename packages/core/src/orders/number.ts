import crypto from "node:crypto";

/** Crockford's base 32 without I, L, O, U: nothing to misread on a receipt or over the phone. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** `length` random symbols of Crockford's base 32 (5 bits each). */
export function randomReference(length: number, random: (n: number) => Buffer = crypto.randomBytes): string {
  const bytes = random(length);
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! & 31];
  return out;
}

/**
 * A human order reference like AT-7K3F9Q2M: 8 random symbols (40 bits, so collisions are negligible; the
 * column is unique and a clash fails the checkout's transaction rather than sharing a number).
 */
export function newOrderNumber(random: (n: number) => Buffer = crypto.randomBytes): string {
  return `AT-${randomReference(8, random)}`;
}
