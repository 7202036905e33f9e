/** Checkboxes for the product types a work may be made into (codes from the catalogue). */
export function ProductTypeChoices({
  productTypes,
  selected,
  onChange,
  error,
  legend = "Products your work may be made into",
  disabled = false,
}: {
  productTypes: { code: string; name: string; description?: string }[];
  selected: string[];
  onChange: (codes: string[]) => void;
  error?: string;
  legend?: string;
  disabled?: boolean;
}) {
  return (
    <fieldset disabled={disabled} className="disabled:opacity-60">
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      <ul className="mt-2 space-y-2">
        {productTypes.map((t) => (
          <li key={t.code}>
            <label className="flex items-start gap-3 text-sm">
              <input
                type="checkbox"
                name="productTypes"
                value={t.code}
                checked={selected.includes(t.code)}
                onChange={(e) => onChange(e.target.checked ? [...selected, t.code] : selected.filter((c) => c !== t.code))}
                className="mt-0.5 size-4 accent-[var(--color-accent)]"
              />
              <span>
                <span className="text-ink">{t.name}</span>
                {t.description ? <span className="block text-xs text-muted">{t.description}</span> : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p role="alert" className="mt-1.5 text-sm text-accent-deep">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
