import type { Db, Role } from "@atelier/db";

export interface Identity {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** how the caller proved who they are */
  via: "session" | "token";
}

export async function loadIdentity(db: Db, userId: string, via: Identity["via"]): Promise<Identity | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, roles: { select: { role: true } } },
  });
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles.map((r) => r.role), via };
}
