import { only, type MatrixRow } from "../types.ts";

export const rows: MatrixRow[] = [
  { path: "admin.user.list", input: () => ({}), expect: only.admin },
  {
    path: "admin.user.setRole",
    input: (fx) => ({ userId: fx.users.buyer.id, role: "ARTIST", granted: false }),
    expect: only.admin,
  },
];
