/** What the patron assistant offers to ask first (the panel shows three, the full page all). */
export const PATRON_SUGGESTIONS = ["small blue abstract paintings under 500", "woodcut prints of waves", "recommend something for me", "who is Mira Okafor"];
