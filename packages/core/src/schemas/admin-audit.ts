import { z } from "zod";
import { idCursorSchema } from "../pagination.ts";
import { textField } from "./text.ts";

/** Filters of /admin/audit and `admin.audit.list`. */
export const auditListSchema = z
  .object({
    action: textField({ max: 80 }).optional(),
    actor: textField({ max: 200 }).optional(),
    target: textField({ max: 120 }).optional(),
    cursor: idCursorSchema,
    limit: z.number().int().min(1).max(200).default(50),
  })
  .default({ limit: 50 });
