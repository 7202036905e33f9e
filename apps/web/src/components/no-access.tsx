/** Shown to signed-in people who lack the role a page needs (the server enforces it on every procedure too). */
export function NoAccess({ area = "admin area", note = "It is for Atelier administrators." }: { area?: string; note?: string }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl">You don&apos;t have access to this page</h1>
      <p className="mt-3 text-ink-soft">
        The {area} is not open to your account. {note}
      </p>
    </div>
  );
}
