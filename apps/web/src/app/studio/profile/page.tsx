import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";
import { ArtistProfileForm } from "./artist-profile-form";

export const metadata: Metadata = { title: "Artist profile · Studio" };

export default async function StudioProfilePage() {
  const identity = await requireIdentity("/studio/profile");
  const profile = await (await api()).artist.profile.mine();
  return (
    <div className={containerClass("py-12")}>
      <div className="max-w-3xl">
        <h1 className="text-4xl">Artist profile</h1>
        <p className="mt-2 text-ink-soft">What collectors read next to your work. Write it in your own voice.</p>
        <div className="mt-10">
          <ArtistProfileForm
            exists={profile !== null}
            initial={{
              displayName: profile?.displayName ?? identity.name ?? "",
              bio: profile?.bio ?? "",
              statement: profile?.statement ?? "",
              location: profile?.location ?? "",
              website: profile?.website ?? "",
              instagram: profile?.instagram ? `@${profile.instagram}` : "",
            }}
          />
        </div>
      </div>
    </div>
  );
}
