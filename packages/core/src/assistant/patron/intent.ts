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
  [/\bcollages?\b|\bmixed media\b/i, /\bcollages?\b|\bmixed media\b/gi, "mixed-media"],
  [/\btextiles?\b|\bembroider(y|ies)\b|\btapestr(y|ies)\b|\bweavings?\b/i, /\btextiles?\b/gi, "textile"],
  [/\bdigital (art|works?|prints?)\b/i, /\bdigital\b/gi, "digital"],
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
  /** "what is a woodcut?", "tell me about Indigo Hour": the knowledge base, and an artwork of that name if there is one */
  | { kind: "about"; subject: string; question: string }
  /** "how do I frame a watercolour?": a question for the knowledge base only */
  | { kind: "knowledge"; question: string }
  | { kind: "similar"; artwork: string }
  | { kind: "buy"; artwork: string }
  | { kind: "artist"; artist: string }
  | { kind: "search"; request: SearchRequest };

const clean = (s: string) =>
  s
    .trim()
    .replace(/^["'“‘]|["'”’.?!,]+$/g, "")
    .replace(/["'”’]$/g, "")
    .trim();

/** "a woodcut" → "woodcut", "the “Indigo Hour”" → "Indigo Hour": the noun phrase without its article or quotes. */
export function nounPhrase(s: string): string {
  return clean(clean(s).replace(/^(?:an?|the|this|that|these|those|some)\s+/i, ""));
}

/** Words that stand for "art in general", not one artwork: "how do I buy art?" asks how buying works. */
const GENERIC_ART = /^(?:art|artworks?|works?|pieces?|paintings?|prints?|something|anything|it|one|here|on atelier|from atelier|from an artist|online)$/i;

const SIMILAR =
  /\b(?:(?:something|anything|more|works?|pieces?|art(?:works?)?|others?|things?|prints?|paintings?|photos?|photographs?|ones?)\s+(?:just\s+|a\s+bit\s+|a\s+little\s+)?(?:like|similar\s+to|resembling)|similar\s+to|^like)\s+(.+)$/i;
const BUY =
  /\b(?:how\s+(?:do|can|could|would|should)\s+i|can\s+i|could\s+i|i\s+(?:want|would\s+like|'d\s+like)\s+to|where\s+(?:do|can)\s+i|how\s+to|i'?d\s+like\s+to|let\s+me|^)\s*(?:buy|purchase|order|get\s+hold\s+of|pay\s+for)\s+(.+)$/i;
const ABOUT =
  /^(?:so\s+)?(?:what\s+(?:is|are|was|were)|what's|whats|who\s+makes|tell\s+me\s+(?:more\s+)?about|more\s+about|details\s+(?:of|on|about)|describe|define|explain|meaning\s+of)\s+(.+)$/i;
const WHAT_DOES_MEAN = /^what\s+(?:does|do)\s+(.+?)\s+mean\b/i;
/** Other questions about art itself: how to care for, frame, hang, price, ship …; the difference between two things. */
const KNOWLEDGE_QUESTION =
  /^(?:how\s+(?:do|should|can|could|would)\s+(?:i|you|we|one)\s+(?:care\s+for|look\s+after|frame|hang|light|clean|store|protect|pack|ship|price|value|insure|commission|display|restore|tell|know)|how\s+(?:is|are)\s+.+\s+made|how\s+(?:high|long|big)\b|what(?:'s|\s+is)\s+the\s+difference|difference\s+between|why\s+(?:is|are|do|does)|which\s+(?:is|are)\s+better|is\s+it\s+(?:ok|okay|safe|bad)\s+to|should\s+i\b|when\s+should)\b/i;

export function readPatronIntent(text: string): PatronIntent {
  const t = text.trim();
  if (!t || /^(hi|hello|hey|help|what can you do)\b[\s!?.]*$/i.test(t)) return { kind: "help" };
  const add = /\b(?:add|save|put|favou?rite)\s+(.+?)\s+(?:to|in|into)\s+(?:my\s+)?favou?rites\b/i.exec(t) ?? /^favou?rite\s+(.+)$/i.exec(t);
  if (add?.[1]) return { kind: "add-favourite", artwork: clean(add[1]) };
  if (/\bmy\s+favou?rites\b|\bwhat (have i|did i) (favou?rited|save|saved)\b/i.test(t)) return { kind: "favourites" };
  if (/\b(artists\s+i\s+follow|who\s+do\s+i\s+follow|my\s+follows|i'?m\s+following)\b/i.test(t)) return { kind: "follows" };
  if (/\b(my\s+(purchases|orders?)|what\s+(have|did)\s+i\s+(buy|bought|purchase|purchased|order|ordered)|i('ve| have)?\s+bought|where is my order)\b/i.test(t))
    return { kind: "purchases" };
  const similar = SIMILAR.exec(t);
  if (similar?.[1]) {
    const artwork = nounPhrase(similar[1]);
    if (artwork && !GENERIC_ART.test(artwork)) return { kind: "similar", artwork };
  }
  if (/\b(recommend|recommendations?|suggest|for me\b|might i like|would i like)\b/i.test(t)) return { kind: "recommend" };
  const buy = BUY.exec(t);
  if (buy?.[1]) {
    const artwork = nounPhrase(nounPhrase(buy[1]).replace(/\s+(?:on|from|through)\s+atelier$/i, ""));
    return artwork && !GENERIC_ART.test(artwork) && !/^(?:an?\s+)?(?:original|edition|print|painting)s?\b/i.test(nounPhrase(buy[1]))
      ? { kind: "buy", artwork }
      : { kind: "knowledge", question: "buying on Atelier" };
  }
  if (KNOWLEDGE_QUESTION.test(t)) return { kind: "knowledge", question: clean(t) };
  const means = WHAT_DOES_MEAN.exec(t);
  if (means?.[1]) return { kind: "about", subject: nounPhrase(means[1]), question: clean(t) };
  const artist = /^(?:who\s+is|who's|whos|about\s+the\s+artist|artist)\s+(.+)$/i.exec(t);
  if (artist?.[1]) return { kind: "artist", artist: clean(artist[1]) };
  const about = ABOUT.exec(t);
  if (about?.[1]) {
    const subject = nounPhrase(about[1].replace(/^(?:the\s+)?(?:artwork|painting|piece|term|word|technique)\s+/i, ""));
    if (subject) return { kind: "about", subject, question: clean(t) };
  }
  return { kind: "search", request: parseSearchRequest(t) };
}
