import { only, type MatrixRow } from "../types.ts";

export const rows: MatrixRow[] = [
  { path: "admin.application.list", input: () => ({}), expect: only.admin },
  { path: "admin.application.get", input: async (fx) => ({ id: (await fx.newPendingApplication()).id }), expect: only.admin },
  { path: "admin.application.approve", input: async (fx) => ({ id: (await fx.newPendingApplication()).id }), expect: only.admin },
  {
    path: "admin.application.reject",
    input: async (fx) => ({ id: (await fx.newPendingApplication()).id, reason: "Not the right fit for the gallery yet." }),
    expect: only.admin,
  },
];
