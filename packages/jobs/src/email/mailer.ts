import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** Delivers a rendered mail. `transport` is recorded on the EmailOutbox row. */
export interface Mailer {
  transport: "outbox" | "smtp";
  deliver(mail: OutgoingMail): Promise<void>;
}

/** The embedded default: nothing leaves the machine; the stored EmailOutbox row is the mail (see /dev/mailbox). */
export const outboxMailer: Mailer = {
  transport: "outbox",
  async deliver() {},
};

/** SMTP through nodemailer, e.g. smtp://user:pass@smtp.example.org:587 or smtps://… */
export function smtpMailer(url: string, from: string): Mailer {
  const transporter = nodemailer.createTransport(url);
  return {
    transport: "smtp",
    async deliver(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, html: mail.html, text: mail.text });
    },
  };
}
