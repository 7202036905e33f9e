import { Badge, Card, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";
import { ApiTokens } from "./api-tokens";
import { ProfileForm } from "./profile-form";
import { VerificationNotice } from "./verification-notice";
import { formatDate } from "~/lib/dates";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  await requireIdentity("/account");
  const profile = await (await api()).account.profile();
  return (
    <div className={containerClass("py-12")}>
      <div className="max-w-4xl">
        <h1 className="text-4xl">Your account</h1>
        <p className="mt-2 text-ink-soft">
          Signed in as <span className="font-medium text-ink">{profile.email}</span> · member since {formatDate(profile.createdAt)}
        </p>
        {profile.emailVerified ? null : <VerificationNotice />}
        <section aria-labelledby="roles" className="mt-8">
          <h2 id="roles" className="font-sans text-xs font-semibold uppercase tracking-[0.18em] text-muted">
            Roles
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2" data-testid="roles">
            {profile.roles.map((r) => (
              <li key={r.role}>
                <Badge tone={r.role === "ADMIN" ? "accent" : "neutral"} className="px-3 py-1 text-sm">
                  {r.role.charAt(0) + r.role.slice(1).toLowerCase()}
                </Badge>
              </li>
            ))}
          </ul>
        </section>
        <div className="mt-10 grid gap-8">
          <Card>
            <h2 className="text-2xl">Profile</h2>
            <ProfileForm initial={{ name: profile.name, bio: profile.bio ?? "", location: profile.location ?? "", website: profile.website ?? "" }} />
          </Card>
          <Card id="tokens">
            <h2 className="text-2xl">API tokens</h2>
            <p className="mt-1 text-sm text-ink-soft">
              Scripts can call every Atelier procedure you may call, with a token sent as <code className="font-mono">Authorization: Bearer …</code>. A token is
              shown once; we keep only its hash.
            </p>
            <ApiTokens />
          </Card>
        </div>
      </div>
    </div>
  );
}
