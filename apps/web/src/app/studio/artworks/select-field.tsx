import { cn } from "@atelier/ui";
import { useId, type SelectHTMLAttributes } from "react";

/** A labelled select styled like the UI kit's text fields. */
export function SelectField({
  label,
  error,
  options,
  className,
  ...props
}: { label: string; error?: string; options: { value: string; label: string }[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn(
          "block w-full rounded-lg border bg-white px-3 py-2.5 text-ink shadow-xs focus:outline-2 focus:outline-offset-1 focus:outline-accent",
          error ? "border-accent" : "border-line",
        )}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-accent-deep">
          {error}
        </p>
      ) : null}
    </div>
  );
}
