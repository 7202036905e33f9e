import { button, escapeHtml, layout, P, textFooter, type RenderedEmail } from "./layout.ts";

export interface SavedSearchDigestProps {
  displayName: string;
  searches: {
    name: string;
    resultsUrl: string;
    unsubscribeUrl: string;
    more: number;
    works: { title: string; artistName: string; price: string; url: string }[];
  }[];
  manageUrl: string;
}

/** To a collector, at most once a day: new works that match their saved searches, each search with its own unsubscribe link. */
export function savedSearchDigest(p: SavedSearchDigestProps): RenderedEmail {
  const total = p.searches.reduce((n, s) => n + s.works.length + s.more, 0);
  const noun = total === 1 ? "new work matches" : "new works match";
  const html = p.searches
    .map(
      (s) =>
        `<h2 style="margin:24px 0 8px;font:400 20px/1.3 Georgia,serif;">${escapeHtml(s.name)}</h2>` +
        `<ul style="margin:0 0 8px;padding-left:20px;">${s.works
          .map(
            (w) =>
              `<li style="${P}margin:0 0 6px;"><a href="${escapeHtml(w.url)}">${escapeHtml(w.title)}</a> by ${escapeHtml(w.artistName)} · ${escapeHtml(w.price)}</li>`,
          )
          .join("")}</ul>` +
        (s.more ? `<p style="${P}"><a href="${escapeHtml(s.resultsUrl)}">and ${s.more} more</a></p>` : "") +
        `<p style="margin:0 0 16px;font:12px/1.5 sans-serif;"><a href="${escapeHtml(s.resultsUrl)}">See all results</a> · <a href="${escapeHtml(s.unsubscribeUrl)}">Stop alerts for this search</a></p>`,
    )
    .join("");
  const text = p.searches
    .map(
      (s) =>
        `${s.name}\n${s.works.map((w) => `- ${w.title} by ${w.artistName}, ${w.price}: ${w.url}`).join("\n")}` +
        `${s.more ? `\n  and ${s.more} more` : ""}\nAll results: ${s.resultsUrl}\nStop alerts for this search: ${s.unsubscribeUrl}`,
    )
    .join("\n\n");
  return {
    subject: `${total} ${noun} your saved searches`,
    html: layout({
      preheader: `${total} ${noun} your saved searches on Atelier`,
      heading: "New works for your saved searches",
      body: `<p style="${P}">Dear ${escapeHtml(p.displayName)},</p><p style="${P}">Since your last alert, ${total} ${noun} what you are looking for.</p>${html}${button(p.manageUrl, "Manage saved searches")}`,
    }),
    text: `Dear ${p.displayName},\n\nSince your last alert, ${total} ${noun} what you are looking for.\n\n${text}\n\nManage your saved searches: ${p.manageUrl}\nWe send at most one alert a day.${textFooter()}`,
  };
}
