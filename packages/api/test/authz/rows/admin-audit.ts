import { only, type MatrixRow } from "../types.ts";

export const rows: MatrixRow[] = [{ path: "admin.audit.list", input: () => ({ action: "artwork." }), expect: only.admin }];
