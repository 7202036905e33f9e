/**
 * The one way the web app shows dates: "2 Dec 2026" and "2 Dec 2026, 14:05 UTC", always in UTC so
 * a server-rendered page and the browser that hydrates it print the same thing. Built from the UTC
 * fields rather than Intl: ICU versions disagree on en-GB month names ("Sep" or "Sept"), and a
 * server and a browser with different ICU data would then disagree during hydration.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

type DateInput = Date | string | number | null | undefined;

const pad = (n: number) => String(n).padStart(2, "0");

function toDate(value: DateInput): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "2 Dec 2026"; "—" when there is no date. */
export function formatDate(value: DateInput): string {
  const d = toDate(value);
  if (!d) return "—";
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2 Dec 2026, 14:05 UTC" (with `seconds`: "2 Dec 2026, 14:05:09 UTC"); "—" when there is no date. */
export function formatDateTime(value: DateInput, options: { seconds?: boolean } = {}): string {
  const d = toDate(value);
  if (!d) return "—";
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${options.seconds ? `:${pad(d.getUTCSeconds())}` : ""}`;
  return `${formatDate(d)}, ${time} UTC`;
}

/** A machine-readable value for `<time dateTime>`. */
export function isoDateTime(value: DateInput): string | undefined {
  return toDate(value)?.toISOString();
}
