"use client";

import { Alert, Button, TextAreaField, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

interface ProfileValues {
  name: string;
  bio: string;
  location: string;
  website: string;
}

export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.account.updateProfile.mutationOptions({
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
      className="mt-5 grid gap-5 sm:grid-cols-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        update.mutate(Object.fromEntries(new FormData(e.currentTarget)) as unknown as ProfileValues);
      }}
    >
      <TextField label="Name" name="name" defaultValue={initial.name} error={errors.name} />
      <TextField label="Location" name="location" defaultValue={initial.location} error={errors.location} placeholder="Lisbon, Portugal" />
      <TextField label="Website" name="website" defaultValue={initial.website} error={errors.website} placeholder="https://" className="sm:col-span-2" />
      <TextAreaField label="Bio" name="bio" defaultValue={initial.bio} error={errors.bio} className="sm:col-span-2" />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save profile"}
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
