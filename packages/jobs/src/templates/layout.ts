export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/** Paragraphs from plain text (blank lines separate paragraphs, single newlines become <br>). */
export function paragraphs(text: string, style = P): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p style="${style}">${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

const INK = "#1d1b18";
const MUTED = "#6f6a62";
const PAPER = "#f7f4ee";
const LINE = "#e4ded3";
const ACCENT = "#8a4b2a";
export const P = `margin:0 0 16px;font:16px/1.6 Georgia,'Times New Roman',serif;color:${INK};`;
export const QUOTE = `margin:0 0 16px;padding:12px 16px;border-left:3px solid ${ACCENT};background:${PAPER};font:15px/1.6 Georgia,serif;color:${INK};`;

export function button(href: string, label: string): string {
  return `<p style="margin:24px 0;"><a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 22px;background:${INK};color:#fff;text-decoration:none;border-radius:999px;font:600 14px/1 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;letter-spacing:.02em;">${escapeHtml(label)}</a></p>`;
}

/** The shared frame: a calm paper-coloured card with the Atelier wordmark. */
export function layout(opts: { preheader: string; heading: string; body: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(opts.heading)}</title></head>
<body style="margin:0;padding:0;background:${PAPER};">
<span style="display:none;max-height:0;overflow:hidden;">${escapeHtml(opts.preheader)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${PAPER};padding:40px 16px;">
<tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;">
<tr><td style="padding:0 0 24px;font:italic 28px/1 Georgia,'Times New Roman',serif;color:${INK};letter-spacing:.01em;">Atelier</td></tr>
<tr><td style="background:#fff;border:1px solid ${LINE};border-radius:14px;padding:36px 36px 20px;">
<h1 style="margin:0 0 20px;font:400 26px/1.25 Georgia,'Times New Roman',serif;color:${INK};">${escapeHtml(opts.heading)}</h1>
${opts.body}
</td></tr>
<tr><td style="padding:20px 4px;font:12px/1.5 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:${MUTED};">You receive this mail because of your account on Atelier, an open marketplace for original art.</td></tr>
</table>
</td></tr></table>
</body></html>`;
}

export function textFooter(): string {
  return "\n\n—\nAtelier · an open marketplace for original art";
}
