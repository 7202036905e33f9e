import type { Prisma } from "@atelier/db";

export function slugify(s: string): string {
  const base = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
  return base || "artist";
}

/** The slug itself if free, else the first free `slug-2`, `slug-3`, … */
export async function uniqueProfileSlug(tx: Prisma.TransactionClient, displayName: string): Promise<string> {
  const base = slugify(displayName);
  const taken = new Set((await tx.artistProfile.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
