import type { ArtworkCategory, ArtworkSize } from "../../schemas/discovery.ts";

/** A catalogue request read out of plain words: the offline assistant's search input. */
export interface SearchRequest {
  query?: string;
  category?: ArtworkCategory;
  size?: ArtworkSize;
  kind?: "ORIGINAL" | "EDITION";
  minPrice?: number;
  maxPrice?: number;
  currency: string;
}

const CURRENCY_WORDS: [RegExp, string][] = [
  [/€|\beur\b|\beuros?\b/i, "EUR"],
  [/\$|\busd\b|\bdollars?\b/i, "USD"],
  [/£|\bgbp\b|\bpounds?\b/i, "GBP"],
];

/** [what shows the category, the generic words to drop from the search words]; specific words (woodcut, bronze) stay as search words */
const CATEGORY_WORDS: [RegExp, RegExp, ArtworkCategory][] = [
  [/\bpaint(ing|ings|ed)?\b|\bcanvas(es)?\b|\bwatercolou?rs?\b|\boils?\b/i, /\bpaint(ing|ings|ed)?\b/gi, "painting"],
  [/\bprints?\b|\bprintmaking\b|\bwoodcuts?\b|\bscreenprints?\b|\betchings?\b|\blinocuts?\b|\brisographs?\b/i, /\bprints?\b|\bprintmaking\b/gi, "print"],
  [/\bphoto(s|graph|graphs|graphy)?\b/i, /\bphoto(s|graph|graphs|graphy)?\b/gi, "photography"],
  [/\bdrawings?\b|\bsketch(es)?\b/i, /\bdrawings?\b/gi, "drawing"],
  [/\bcollages?\b|\bmixed media\b/i, /\bcollages?\b/gi, "collage"],
  [/\bsculptures?\b|\bbronzes?\b|\bstatues?\b/i, /\bsculptures?\b/gi, "sculpture"],
  [/\bceramics?\b|\bpottery\b|\bstoneware\b|\bvases?\b|\bbowls?\b/i, /\bceramics?\b|\bpottery\b/gi, "ceramics"],
];

const SIZE_WORDS: [RegExp, ArtworkSize][] = [
  [/\b(small|little|tiny|mini|miniature)\b/i, "small"],
  [/\b(medium|mid-sized|midsize)\b/i, "medium"],
  [/\b(large|big|huge|monumental|oversized)\b/i, "large"],
];

const AMOUNT = String.raw`([€$£]\s*)?(\d[\d,.]*)\s*(k\b)?\s*(eur(?:os?)?|usd|dollars?|gbp|pounds?)?`;
const num = (digits: string, k: string | undefined) => Number(digits.replace(/,/g, "")) * (k ? 1000 : 1);

const STOP = new Set(
  "a an the and or of for in on with by to me my i im i'm we us show find looking look search want would like please some any something anything art artwork artworks piece pieces work works have has do does there is are that which under below over above than less more between up max maximum least at around about cheap cheaper affordable price priced cost costs euro euros dollars pounds original originals edition editions limited".split(
    " ",
  ),
);

/** "small blue abstract paintings under 500" → { size: small, category: painting, maxPrice: 500, query: "blue abstract" }. */
export function parseSearchRequest(text: string): SearchRequest {
  let rest = ` ${text} `;
  const req: SearchRequest = { currency: "EUR" };
  for (const [re, code] of CURRENCY_WORDS)
    if (re.test(text)) {
      req.currency = code;
      break;
    }

  const between = new RegExp(String.raw`\bbetween\s+${AMOUNT}\s*(?:and|to|-)\s*${AMOUNT}`, "i").exec(rest);
  if (between) {
    req.minPrice = num(between[2]!, between[3]);
    req.maxPrice = num(between[6]!, between[7]);
    rest = rest.replace(between[0], " ");
  }
  const under = new RegExp(String.raw`\b(?:under|below|less than|up to|at most|max(?:imum)?|cheaper than|no more than)\s+${AMOUNT}|<\s*${AMOUNT}`, "i").exec(
    rest,
  );
  if (under) {
    req.maxPrice = under[2] ? num(under[2], under[3]) : num(under[6]!, under[7]);
    rest = rest.replace(under[0], " ");
  }
  const over = new RegExp(String.raw`\b(?:over|above|more than|at least|from|starting at)\s+${AMOUNT}`, "i").exec(rest);
  if (over) {
    req.minPrice = num(over[2]!, over[3]);
    rest = rest.replace(over[0], " ");
  }
  for (const [re, size] of SIZE_WORDS)
    if (re.test(rest)) {
      req.size = size;
      rest = rest.replace(re, " ");
      break;
    }
  for (const [re, generic, category] of CATEGORY_WORDS)
    if (re.test(rest)) {
      req.category = category;
      rest = rest.replace(generic, " ");
      break;
    }
  if (/\b(limited )?editions?\b/i.test(rest)) req.kind = "EDITION";
  else if (/\b(one[- ]of[- ]a[- ]kind|originals?|unique)\b/i.test(rest)) req.kind = "ORIGINAL";

  const words = rest
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w) && !/^\d/.test(w));
  if (words.length) req.query = words.join(" ");
  return req;
}

/** What the user wants, read from their latest message. */
export type PatronIntent =
  | { kind: "help" }
  | { kind: "favourites" }
  | { kind: "follows" }
  | { kind: "recommend" }
  | { kind: "purchases" }
  | { kind: "add-favourite"; artwork: string }
  | { kind: "artwork"; artwork: string }
  | { kind: "artist"; artist: string }
  | { kind: "search"; request: SearchRequest };

const clean = (s: string) =>
  s
    .trim()
    .replace(/^["'“‘]|["'”’.?!]+$/g, "")
    .trim();

export function readPatronIntent(text: string): PatronIntent {
  const t = text.trim();
  if (!t || /^(hi|hello|hey|help|what can you do)\b[\s!?.]*$/i.test(t)) return { kind: "help" };
  const add = /\b(?:add|save|put|favou?rite)\s+(.+?)\s+(?:to|in|into)\s+(?:my\s+)?favou?rites\b/i.exec(t) ?? /^favou?rite\s+(.+)$/i.exec(t);
  if (add?.[1]) return { kind: "add-favourite", artwork: clean(add[1]) };
  if (/\bmy\s+favou?rites\b|\bwhat (have i|did i) (favou?rited|save|saved)\b/i.test(t)) return { kind: "favourites" };
  if (/\b(artists\s+i\s+follow|who\s+do\s+i\s+follow|my\s+follows|i'?m\s+following)\b/i.test(t)) return { kind: "follows" };
  if (/\b(recommend|recommendations?|suggest|for me\b|might i like|would i like)\b/i.test(t)) return { kind: "recommend" };
  if (/\b(my\s+(purchases|orders?)|what\s+(have|did)\s+i\s+(buy|bought|purchase|purchased|order|ordered)|i('ve| have)?\s+bought|where is my order)\b/i.test(t))
    return { kind: "purchases" };
  const about =
    /\b(?:tell me (?:more )?about|more about|details (?:of|on|about)|what is|describe)\s+(?:the\s+)?(?:artwork\s+|painting\s+|piece\s+)?(.+)$/i.exec(t);
  if (about?.[1]) return { kind: "artwork", artwork: clean(about[1]) };
  const artist = /\b(?:who is|who's|about the artist|artist)\s+(.+)$/i.exec(t);
  if (artist?.[1]) return { kind: "artist", artist: clean(artist[1]) };
  return { kind: "search", request: parseSearchRequest(t) };
}
