/**
 * British/US spelling pairs and a small list of synonyms, as sets of words a collector may use for
 * the same thing. Searching for one word of a set also searches for the others. Kept short on purpose:
 * each entry is a word a person types into an art catalogue's search box.
 */

/** British ↔ US spellings (both directions); the first of each pair is British. */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ["colour", "color"],
  ["colours", "colors"],
  ["coloured", "colored"],
  ["colourful", "colorful"],
  ["colourist", "colorist"],
  ["watercolour", "watercolor"],
  ["watercolours", "watercolors"],
  ["watercolourist", "watercolorist"],
  ["grey", "gray"],
  ["greys", "grays"],
  ["centre", "center"],
  ["harbour", "harbor"],
  ["harbours", "harbors"],
  ["theatre", "theater"],
  ["metre", "meter"],
  ["fibre", "fiber"],
  ["sombre", "somber"],
  ["lustre", "luster"],
  ["favourite", "favorite"],
  ["jewellery", "jewelry"],
  ["aluminium", "aluminum"],
  ["mould", "mold"],
  ["moulded", "molded"],
  ["catalogue", "catalog"],
  ["neighbourhood", "neighborhood"],
  ["honour", "honor"],
  ["vapour", "vapor"],
  ["ochre", "ocher"],
  ["artefact", "artifact"],
];

/** Words that mean the same thing in a search for art (each set is searched as one). */
const SYNONYMS: readonly (readonly string[])[] = [
  ["sea", "ocean", "seascape"],
  ["seaside", "coast", "shore"],
  ["lake", "loch"],
  ["forest", "woods", "woodland"],
  ["flower", "flowers", "floral", "blossom", "bloom"],
  ["city", "urban", "cityscape"],
  ["dusk", "sunset", "twilight"],
  ["dawn", "sunrise", "daybreak"],
  ["photo", "photograph", "photography"],
  ["ceramic", "ceramics", "pottery"],
  ["monochrome", "black and white"],
  ["affordable", "inexpensive", "cheap"],
  ["statue", "sculpture"],
  ["stone", "rock"],
  ["boat", "ship"],
  ["nocturne", "night"],
  ["woodblock", "woodcut"],
];

const GROUPS = new Map<string, string[]>();
function link(words: readonly string[]) {
  for (const w of words) {
    const others = words.filter((x) => x !== w);
    GROUPS.set(w, [...new Set([...(GROUPS.get(w) ?? []), ...others])]);
  }
}
for (const pair of SPELLINGS) if (pair[0] !== pair[1]) link(pair);
for (const set of SYNONYMS) link(set);
// a synonym's other spelling belongs to the set too (grey ↔ gray, and colour words ↔ color words)
for (const [w, alts] of GROUPS) {
  const spelt = alts.flatMap((a) => SPELLINGS.filter((p) => p.includes(a)).flat());
  GROUPS.set(
    w,
    [...new Set([...alts, ...spelt])].filter((x) => x !== w),
  );
}

/** The other words searched with a lower-case word: its other spelling and its synonyms (none for most words). */
export function alternativesOf(word: string): readonly string[] {
  return GROUPS.get(word) ?? [];
}
