import { formatMoney } from "@atelier/core/money";
import { button, layout, paragraphs, textFooter, type RenderedEmail } from "./layout.ts";

function mail(subject: string, heading: string, preheader: string, text: string, link: { url: string; label: string }): RenderedEmail {
  return {
    subject,
    html: layout({ preheader, heading, body: paragraphs(text) + button(link.url, link.label) }),
    text: `${text}\n\n${link.label}: ${link.url}${textFooter()}`,
  };
}

export function payoutsReady(props: { displayName: string; paymentsUrl: string }): RenderedEmail {
  return mail(
    "Your payouts are set up on Atelier",
    "Payouts are set up.",
    "Stripe has verified your details and can pay you.",
    `Dear ${props.displayName},\n\nStripe has confirmed your details: charges and payouts are enabled on your account. Your published work is now for sale on Atelier: your share of each sale is transferred to your Stripe balance and paid out to your bank.`,
    { url: props.paymentsUrl, label: "See your payments" },
  );
}

export function payoutsDisabled(props: { displayName: string; paymentsUrl: string }): RenderedEmail {
  return mail(
    "Your Stripe account was disconnected from Atelier",
    "Payouts are disconnected.",
    "Your Stripe account is no longer connected, so Atelier can't pay you.",
    `Dear ${props.displayName},\n\nYour Stripe account was disconnected from Atelier. Until payouts are connected again, your works show as “Not yet for sale” and Atelier can't pay you. Money already on its way to you is not affected. If this was a mistake, write to us and we'll help you reconnect.`,
    { url: props.paymentsUrl, label: "Open your payments page" },
  );
}

export function payoutPaid(props: { displayName: string; amount: number; currency: string; paymentsUrl: string }): RenderedEmail {
  const money = formatMoney(props.amount, props.currency);
  return mail(
    `Payout of ${money} sent to your bank`,
    `${money} is on its way.`,
    "Stripe has paid out your balance.",
    `Dear ${props.displayName},\n\nStripe has paid out ${money} from your Atelier sales to your bank account. It usually appears within a few business days.`,
    { url: props.paymentsUrl, label: "See your payouts" },
  );
}

export function payoutFailed(props: { displayName: string; amount: number; currency: string; reason: string; paymentsUrl: string }): RenderedEmail {
  const money = formatMoney(props.amount, props.currency);
  return mail(
    `Payout of ${money} failed`,
    "A payout didn't go through.",
    "Your bank returned a payout; the money is back in your Stripe balance.",
    `Dear ${props.displayName},\n\nYour payout of ${money} could not be delivered: ${props.reason}. The money is back in your Stripe balance. Please check your bank details in your Stripe dashboard.`,
    { url: props.paymentsUrl, label: "Open your payments page" },
  );
}
