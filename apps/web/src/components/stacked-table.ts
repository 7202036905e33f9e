/**
 * Classes for a table that is a table from md up and a list of cards below it, so nothing hides
 * off the side of a phone. Rows become wrapping flex rows: give the first cell `wide` (a card
 * title), and a cell that needs its column name on a phone a `<span className={stacked.label}>`.
 */
export const stacked = {
  table: "block w-full text-left text-sm md:table",
  head: "hidden border-b border-line text-xs uppercase tracking-wider text-muted md:table-header-group",
  body: "block md:table-row-group",
  row: "flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line/60 px-4 py-4 last:border-0 md:table-row md:p-0 md:align-top",
  cell: "block md:table-cell md:px-4 md:py-3",
  wide: "basis-full md:basis-auto",
  label: "mr-1 text-xs text-muted md:hidden",
} as const;
