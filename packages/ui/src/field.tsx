import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useId } from "react";
import { cn } from "./cn.ts";

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
}

const control =
  "block w-full rounded-lg border bg-white px-3.5 py-2.5 text-ink shadow-xs placeholder:text-muted focus:outline-2 focus:outline-offset-1 focus:outline-accent";

/**
 * Label, control and message of one field. The error is announced (role="alert") and, like the
 * hint, tied to the control through aria-describedby.
 */
function FieldShell({
  label,
  error,
  hint,
  className,
  children,
}: FieldProps & { className?: string; children: (control: { id: string; describedBy?: string; invalid?: true; border: string }) => ReactNode }) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children({ id, describedBy, invalid: error ? true : undefined, border: error ? "border-accent" : "border-line" })}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-accent-deep">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input whose error is announced and tied to the control (aria-describedby). */
export function TextField({ label, error, hint, className, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {(c) => <input id={c.id} aria-invalid={c.invalid} aria-describedby={c.describedBy} className={cn(control, c.border)} {...props} />}
    </FieldShell>
  );
}

export function TextAreaField({ label, error, hint, className, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {(c) => <textarea id={c.id} aria-invalid={c.invalid} aria-describedby={c.describedBy} className={cn(control, "min-h-28", c.border)} {...props} />}
    </FieldShell>
  );
}

/** A labelled native select with the same error and hint handling as TextField. */
export function SelectField({
  label,
  error,
  hint,
  className,
  options,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[] }) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {(c) => (
        <select id={c.id} aria-invalid={c.invalid} aria-describedby={c.describedBy} className={cn(control, c.border)} {...props}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
