/** The cookie that remembers the buyer's display currency (set by the proxy when the gallery's URL names one). */
export const DISPLAY_CURRENCY_COOKIE = "atelier_currency";
