"use client";

/**
 * When the root layout itself fails, this replaces the whole document. It is styled inline: the
 * stylesheet may be part of what failed to load. Like error.tsx it shows only the digest.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const ink = "#1d1b18";
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Atelier</title>
      </head>
      <body style={{ margin: 0, background: "#f6f3ec", color: ink, fontFamily: "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" }}>
        <main style={{ maxWidth: "40rem", margin: "0 auto", padding: "6rem 1.5rem" }}>
          <p style={{ fontFamily: "Georgia, serif", fontSize: "1.5rem", margin: 0 }}>
            Atelier<span style={{ color: "#c2412d" }}>.</span>
          </p>
          <h1 style={{ fontFamily: "Georgia, serif", fontWeight: 400, fontSize: "2.5rem", lineHeight: 1.1, margin: "2.5rem 0 1rem" }}>
            Atelier didn&apos;t load
          </h1>
          <p style={{ fontSize: "1.125rem", lineHeight: 1.6, color: "#4a4640" }}>
            The problem is on our side, not yours. Try again in a moment; if it keeps happening, let us know.
          </p>
          {error.digest ? (
            <p style={{ fontSize: "0.875rem", color: "#7a746a" }}>
              Reference for support: <code>{error.digest}</code>
            </p>
          ) : null}
          <p style={{ marginTop: "2rem", display: "flex", gap: "0.75rem", flexWrap: "wrap" }}>
            <button
              type="button"
              onClick={() => reset()}
              style={{ background: ink, color: "#f6f3ec", border: 0, borderRadius: 999, padding: "0.625rem 1.25rem", fontSize: "0.875rem", cursor: "pointer" }}
            >
              Try again
            </button>
            {/* a plain link: the client router may be what broke */}
            <a
              href="/"
              style={{ color: ink, border: "1px solid #ddd5c6", borderRadius: 999, padding: "0.625rem 1.25rem", fontSize: "0.875rem", textDecoration: "none" }}
            >
              Go to the home page
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
