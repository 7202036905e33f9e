import { only, type MatrixRow } from "../types.ts";

export const rows: MatrixRow[] = [
  { path: "admin.mailbox.list", input: () => ({}), expect: only.admin },
  {
    path: "admin.mailbox.get",
    input: async (fx) => ({
      id: (await fx.db.emailOutbox.create({ data: { toEmail: "m@example.org", subject: "Hi", template: "test", html: "<p>Hi</p>", text: "Hi" } })).id,
    }),
    expect: only.admin,
  },
];
