import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { requireIdentity } from "~/server/session";
import { UsersTable } from "./users-table";

export const metadata: Metadata = { title: "Admin · Users" };

export default async function AdminUsersPage() {
  const identity = await requireIdentity("/admin/users");
  return (
    <div className={containerClass("py-12")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Admin</p>
      <h1 className="mt-2 text-4xl">Users &amp; roles</h1>
      <p className="mt-2 text-ink-soft">
        Grant or revoke roles. Every change is written to the audit log. Revoking store owner closes the store and pauses its listings; granting it back reopens
        the store but resumes nothing. A new store opens by approving its application.
      </p>
      <UsersTable currentUserId={identity.id} />
    </div>
  );
}
