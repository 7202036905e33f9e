import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The little markdown the assistants write — paragraphs, "- " lists, **bold**, _italic_ and
 * [links](/path) — rendered as React elements (never as HTML). Only links inside Atelier
 * (starting with "/") become links; anything else stays plain text.
 */
function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|(?<![\w*])_([^_]+)_(?!\w)/g;
  let last = 0;
  let i = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const k = `${key}-${i++}`;
    if (m[1] !== undefined && m[2] !== undefined) {
      out.push(
        m[2].startsWith("/") && !m[2].startsWith("//") ? (
          <Link key={k} href={m[2]} className="font-medium text-accent-deep underline decoration-accent/40 underline-offset-2 hover:decoration-accent">
            {m[1]}
          </Link>
        ) : (
          m[1]
        ),
      );
    } else if (m[3] !== undefined) out.push(<strong key={k}>{m[3]}</strong>);
    else if (m[4] !== undefined)
      out.push(
        <em key={k} className="text-ink-soft">
          {m[4]}
        </em>,
      );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Markdown({ text }: { text: string }) {
  const blocks = text.split(/\n{2,}/);
  return (
    <div className="space-y-2">
      {blocks.map((block, b) => {
        const lines = block.split("\n");
        const items = lines.filter((l) => /^\s*[-*] /.test(l));
        if (items.length > 0 && items.length === lines.filter((l) => l.trim()).length) {
          return (
            <ul key={b} className="list-disc space-y-1 pl-5">
              {items.map((l, i) => (
                <li key={i}>{inline(l.replace(/^\s*[-*] /, ""), `${b}-${i}`)}</li>
              ))}
            </ul>
          );
        }
        // a heading line followed by a list
        if (items.length > 0) {
          const head = lines.filter((l) => !/^\s*[-*] /.test(l));
          return (
            <div key={b} className="space-y-1">
              {head.map((l, i) => (
                <p key={`h${i}`}>{inline(l, `${b}-h${i}`)}</p>
              ))}
              <ul className="list-disc space-y-1 pl-5">
                {items.map((l, i) => (
                  <li key={i}>{inline(l.replace(/^\s*[-*] /, ""), `${b}-${i}`)}</li>
                ))}
              </ul>
            </div>
          );
        }
        return <p key={b}>{inline(block, `${b}`)}</p>;
      })}
    </div>
  );
}
