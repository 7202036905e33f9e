import { defineJob } from "../define.ts";
import { emailRequested } from "@atelier/events";
import { renderEmail } from "../templates/index.ts";

/**
 * Renders a catalogue email, stores it in EmailOutbox, then delivers it through the configured mailer.
 * Two steps, so a failed delivery retries without storing the mail twice.
 */
export const sendEmail = defineJob({
  id: "send-email",
  name: "Send email",
  triggers: [emailRequested],
  retries: 4,
  async handler({ event, step, deps }) {
    const outboxId = await step.run("store", async () => {
      const mail = renderEmail(event.data);
      const row = await deps.db.emailOutbox.create({
        data: { toEmail: event.data.to, template: event.data.template, subject: mail.subject, html: mail.html, text: mail.text },
        select: { id: true },
      });
      return row.id;
    });

    return step.run("deliver", async () => {
      const row = await deps.db.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } });
      if (row.status === "SENT") return { outboxId, transport: row.transport };
      try {
        await deps.mailer.deliver({ to: row.toEmail, subject: row.subject, html: row.html, text: row.text });
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        await deps.db.emailOutbox.update({ where: { id: outboxId }, data: { attempts: { increment: 1 }, lastError: message } });
        throw e;
      }
      await deps.db.emailOutbox.update({
        where: { id: outboxId },
        data: { status: "SENT", transport: deps.mailer.transport, sentAt: deps.now(), attempts: { increment: 1 }, lastError: null },
      });
      return { outboxId, transport: deps.mailer.transport };
    });
  },
});
