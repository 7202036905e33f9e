/** Only same-site paths may be returned to after sign-in (no open redirects). */
export function safeCallbackUrl(value: string | undefined | null, fallback = "/account"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
