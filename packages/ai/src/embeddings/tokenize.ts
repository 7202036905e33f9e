/** Words the lexical model ignores: they say nothing about an artwork. */
const STOPWORDS = new Set("a an and are as at be by for from has have in into is it its of on or that the this to was were with without".split(" "));

/** Lower-case, accents removed, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOPWORDS.has(w));
}

/**
 * A deliberately small stemmer: folds plurals and the commonest English endings so that
 * "paintings", "painting" and "painted" meet ("paint"), and "studies" meets "study".
 * Not Porter: predictable and easy to reason about in tests.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ches|shes|sses|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  // "paint-ing" leaves "paint"; "glaz-ing" leaves "glaz": fold a doubled or trailing "e" the same way
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** Character trigrams of a word padded with boundary marks ("^blue$" → ^bl, blu, lue, ue$). */
export function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}
