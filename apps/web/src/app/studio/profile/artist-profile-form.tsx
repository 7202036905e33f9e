"use client";

import { artistProfileSchema } from "@atelier/core/schemas/artist-profile";
import { Alert, Button, TextAreaField, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

interface Values {
  displayName: string;
  bio: string;
  statement: string;
  location: string;
  website: string;
  instagram: string;
}

export function ArtistProfileForm({ initial, exists }: { initial: Values; exists: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.artist.profile.update.mutationOptions({
      onSuccess: () => {
        setErrors({});
        setSaved(true);
        router.refresh();
      },
      onError: (e) => setErrors(serverFieldErrors(e)),
    }),
  );
  return (
    <form
      method="post"
      noValidate
      className="grid gap-5 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const input = Object.fromEntries(new FormData(e.currentTarget)) as unknown as Values;
        const parsed = artistProfileSchema.safeParse(input);
        if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
        update.mutate(input);
      }}
    >
      <TextField label="Display name" name="displayName" defaultValue={initial.displayName} error={errors.displayName} className="sm:col-span-2" />
      <TextField label="Location" name="location" defaultValue={initial.location} error={errors.location} placeholder="Porto, Portugal" />
      <TextField label="Instagram" name="instagram" defaultValue={initial.instagram} error={errors.instagram} placeholder="@yourstudio" />
      <TextField label="Website" name="website" defaultValue={initial.website} error={errors.website} placeholder="https://" className="sm:col-span-2" />
      <TextAreaField label="Bio" name="bio" defaultValue={initial.bio} error={errors.bio} rows={6} className="sm:col-span-2" />
      <TextAreaField label="Artist statement" name="statement" defaultValue={initial.statement} error={errors.statement} rows={8} className="sm:col-span-2" />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : exists ? "Save profile" : "Create profile"}
        </Button>
        {saved ? (
          <Alert tone="success" className="py-2">
            Saved.
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
