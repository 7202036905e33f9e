"use client";

import { ARTWORK_CURRENCIES, artworkFieldsSchema, type ArtworkFieldsInput } from "@atelier/core/schemas/artwork";
import { ARTWORK_CATEGORIES, CATEGORY_LABELS } from "@atelier/core/artwork/taxonomy";
import { Alert, Button, TextAreaField, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { SelectField } from "./select-field";

export interface ArtworkFormValues {
  title: string;
  description: string;
  category: string;
  medium: string;
  width: string;
  height: string;
  depth: string;
  unit: string;
  year: string;
  tags: string;
  price: string;
  currency: string;
  kind: string;
  editionSize: string;
  shippingDomestic: string;
  shippingInternational: string;
}

export const EMPTY_ARTWORK: ArtworkFormValues = {
  title: "",
  description: "",
  category: "",
  medium: "",
  width: "",
  height: "",
  depth: "",
  unit: "CM",
  year: "",
  tags: "",
  price: "",
  currency: "EUR",
  kind: "ORIGINAL",
  editionSize: "",
  shippingDomestic: "0",
  shippingInternational: "",
};

const optionalNumber = (s: string) => (s.trim() === "" ? undefined : Number(s.trim()));

function toInput(v: ArtworkFormValues): ArtworkFieldsInput {
  return {
    title: v.title,
    description: v.description,
    category: v.category as ArtworkFieldsInput["category"],
    medium: v.medium,
    width: v.width,
    height: v.height,
    depth: v.depth,
    unit: v.unit as "CM" | "IN",
    year: optionalNumber(v.year),
    tags: v.tags
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    price: v.price,
    currency: v.currency,
    kind: v.kind as "ORIGINAL" | "EDITION",
    editionSize: v.kind === "EDITION" ? optionalNumber(v.editionSize) : undefined,
    shippingDomestic: v.shippingDomestic,
    shippingInternational: v.shippingInternational,
  };
}

/** Tag errors arrive as "tags" or "tags.3"; show the first under the one tags field. */
function withTagErrors(errors: FieldErrorMap): FieldErrorMap {
  const tagKey = Object.keys(errors).find((k) => k.startsWith("tags"));
  return tagKey ? { ...errors, tags: errors[tagKey] } : errors;
}

/** Create and edit form for an artwork, validated in the browser with the same schema as the server. */
export function ArtworkForm({ artworkId, initial = EMPTY_ARTWORK, readOnly = false }: { artworkId?: string; initial?: ArtworkFormValues; readOnly?: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [notice, setNotice] = useState<{ tone: "success" | "info"; text: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const onError = (e: { message: string }) => {
    const fields = serverFieldErrors(e);
    setErrors(withTagErrors(fields));
    setFormError(Object.keys(fields).length ? null : e.message);
  };
  const create = useMutation(trpc.artwork.create.mutationOptions({ onSuccess: (r) => router.push(`/studio/artworks/${r.id}?created=1`), onError }));
  const update = useMutation(
    trpc.artwork.update.mutationOptions({
      onSuccess: (r) => {
        setNotice(
          r.sentToReview
            ? { tone: "info", text: "Saved. The title, price or kind changed, so the artwork went back to review." }
            : { tone: "success", text: "Saved." },
        );
        router.refresh();
      },
      onError,
    }),
  );
  const pending = create.isPending || update.isPending;
  const set = (k: keyof ArtworkFormValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setNotice(null);
    setFormError(null);
    const input = toInput(values);
    const parsed = artworkFieldsSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(withTagErrors(zodFieldErrors(parsed.error)));
      return;
    }
    setErrors({});
    if (artworkId) update.mutate({ id: artworkId, fields: input });
    else create.mutate(input);
  }

  return (
    <form method="post" noValidate onSubmit={submit} className="space-y-10" aria-label="Artwork details">
      <fieldset disabled={readOnly || pending} className="space-y-10">
        <section className="grid gap-5 sm:grid-cols-2">
          <TextField label="Title" name="title" value={values.title} onChange={set("title")} error={errors.title} className="sm:col-span-2" />
          <SelectField
            label="Category"
            name="category"
            value={values.category}
            onChange={set("category")}
            error={errors.category}
            options={[{ value: "", label: "Choose a category…" }, ...ARTWORK_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))]}
          />
          <TextField
            label="Medium"
            name="medium"
            value={values.medium}
            onChange={set("medium")}
            error={errors.medium}
            placeholder="Oil on linen"
            hint="The detail collectors read: materials and support"
          />
          <TextField label="Year" name="year" inputMode="numeric" value={values.year} onChange={set("year")} error={errors.year} placeholder="2025" />
          <TextAreaField
            label="Description"
            name="description"
            value={values.description}
            onChange={set("description")}
            error={errors.description}
            className="sm:col-span-2"
            rows={6}
          />
          <TextField
            label="Tags"
            name="tags"
            value={values.tags}
            onChange={set("tags")}
            error={errors.tags}
            hint="Comma separated, e.g. seascape, blue, abstract"
            className="sm:col-span-2"
          />
        </section>

        <section>
          <h2 className="text-xl">Size</h2>
          <div className="mt-4 grid gap-5 sm:grid-cols-4">
            <TextField label="Width" name="width" inputMode="decimal" value={values.width} onChange={set("width")} error={errors.width} placeholder="60.5" />
            <TextField label="Height" name="height" inputMode="decimal" value={values.height} onChange={set("height")} error={errors.height} placeholder="80" />
            <TextField label="Depth (optional)" name="depth" inputMode="decimal" value={values.depth} onChange={set("depth")} error={errors.depth} />
            <SelectField
              label="Unit"
              name="unit"
              value={values.unit}
              onChange={set("unit")}
              error={errors.unit}
              options={[
                { value: "CM", label: "Centimetres" },
                { value: "IN", label: "Inches" },
              ]}
            />
          </div>
        </section>

        <section>
          <h2 className="text-xl">Price and kind</h2>
          <div className="mt-4 grid gap-5 sm:grid-cols-4">
            <TextField
              label="Price"
              name="price"
              inputMode="decimal"
              value={values.price}
              onChange={set("price")}
              error={errors.price}
              placeholder="1200"
              className="sm:col-span-2"
            />
            <SelectField
              label="Currency"
              name="currency"
              value={values.currency}
              onChange={set("currency")}
              error={errors.currency}
              options={ARTWORK_CURRENCIES.map((c) => ({ value: c, label: c }))}
              className="sm:col-span-2"
            />
            <SelectField
              label="Kind"
              name="kind"
              value={values.kind}
              onChange={set("kind")}
              error={errors.kind}
              options={[
                { value: "ORIGINAL", label: "Original (one of a kind)" },
                { value: "EDITION", label: "Edition (numbered prints)" },
              ]}
              className="sm:col-span-2"
            />
            {values.kind === "EDITION" ? (
              <TextField
                label="Edition size"
                name="editionSize"
                inputMode="numeric"
                value={values.editionSize}
                onChange={set("editionSize")}
                error={errors.editionSize}
                placeholder="50"
                className="sm:col-span-2"
              />
            ) : errors.editionSize ? (
              <p className="text-sm text-accent-deep sm:col-span-2">{errors.editionSize}</p>
            ) : null}
          </div>
        </section>
        <section>
          <h2 className="text-xl">Shipping</h2>
          <p className="mt-1 text-sm text-ink-soft">
            In the artwork&apos;s currency, per work. Shipping carries no commission: it is all yours. Leave the international price empty if you ship only
            within your country.
          </p>
          <div className="mt-4 grid gap-5 sm:grid-cols-4">
            <TextField
              label="Within your country"
              name="shippingDomestic"
              inputMode="decimal"
              value={values.shippingDomestic}
              onChange={set("shippingDomestic")}
              error={errors.shippingDomestic}
              placeholder="0 for free shipping"
              className="sm:col-span-2"
            />
            <TextField
              label="To the rest of the world"
              name="shippingInternational"
              inputMode="decimal"
              value={values.shippingInternational}
              onChange={set("shippingInternational")}
              error={errors.shippingInternational}
              placeholder="Empty: domestic only"
              className="sm:col-span-2"
            />
          </div>
        </section>
      </fieldset>

      {formError ? <Alert>{formError}</Alert> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {readOnly ? null : (
        <div className="flex items-center gap-3 border-t border-line pt-6">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : artworkId ? "Save changes" : "Create draft"}
          </Button>
          {Object.keys(errors).length ? <p className="text-sm text-accent-deep">Please fix the highlighted fields.</p> : null}
        </div>
      )}
    </form>
  );
}
