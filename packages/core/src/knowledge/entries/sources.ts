/**
 * Where a reader can go further. Entries are written in our own words; these name the standard
 * references on each subject (glossaries, museum guides, conservation bodies), not pages copied.
 */
export const TATE = (term: string) => `Tate Art Terms: ${term}`;
export const MOMA = "MoMA Glossary of Art Terms";
export const AAT = "Getty Art & Architecture Thesaurus (AAT)";
export const VA = "Victoria and Albert Museum: techniques guides";
export const MET = "The Met: Heilbrunn Timeline of Art History";
export const NG = "National Gallery, London: Glossary";
export const SMART = "Smarthistory";
export const CCI = "Canadian Conservation Institute: CCI Notes";
export const AIC = "American Institute for Conservation: Caring for Your Treasures";
export const GCI = "Getty Conservation Institute";
export const LOC = "Library of Congress: Preservation";
export const FATG = "Fine Art Trade Guild: standards";
export const IPO = "UK Intellectual Property Office: Artist's Resale Right";
export const EU_CONSUMER = "EU Consumer Rights Directive (2011/83/EU)";
export const ATELIER = "Atelier: how buying works (this site)";
