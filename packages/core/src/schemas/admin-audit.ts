import { z } from "zod";

/** Filters of /admin/audit and `admin.audit.list`. */
export const auditListSchema = z
  .object({
    action: z.string().trim().max(80).optional(),
    actor: z.string().trim().max(200).optional(),
    target: z.string().trim().max(120).optional(),
    cursor: z.string().min(1).max(64).optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .default({ limit: 50 });
