import { button, layout, paragraphs, textFooter, type RenderedEmail } from "./layout.ts";

/** Sent at sign-up: the link proves the address is theirs (and grants admin to the configured ADMIN_EMAIL). */
export function verifyEmail(props: { displayName: string; verifyUrl: string }): RenderedEmail {
  const intro = `Dear ${props.displayName},\n\nWelcome to Atelier. Please confirm that this is your email address, so we can reach you about your orders and your account.`;
  const outro = "The link works once and expires in 24 hours. If you did not create an account on Atelier, you can ignore this mail.";
  return {
    subject: "Confirm your email address",
    html: layout({
      preheader: "One click to confirm your address.",
      heading: "Confirm your email address",
      body: paragraphs(intro) + button(props.verifyUrl, "Confirm my address") + paragraphs(outro),
    }),
    text: `${intro}\n\n${props.verifyUrl}\n\n${outro}${textFooter()}`,
  };
}

/** Sent on "Forgot your password?"; the link is single-use and expires in an hour. */
export function resetPassword(props: { displayName: string; resetUrl: string }): RenderedEmail {
  const intro = `Dear ${props.displayName},\n\nSomeone (we hope you) asked to reset the password of your Atelier account.`;
  const outro =
    "The link works once and expires in one hour. If you did not ask for this, ignore this mail: your password stays as it is, and nobody can change it without this link.";
  return {
    subject: "Reset your Atelier password",
    html: layout({
      preheader: "A link to choose a new password.",
      heading: "Choose a new password",
      body: paragraphs(intro) + button(props.resetUrl, "Choose a new password") + paragraphs(outro),
    }),
    text: `${intro}\n\nChoose a new password: ${props.resetUrl}\n\n${outro}${textFooter()}`,
  };
}

/** Sent to the owner when someone signs up with an address that already has an account. */
export function signUpAttempt(props: { displayName: string; signInUrl: string; resetUrl: string }): RenderedEmail {
  const intro = `Dear ${props.displayName},\n\nSomeone tried to create a new Atelier account with your email address. You already have an account, so nothing was created.`;
  const outro = `If it was you, sign in instead. If you have forgotten your password, you can reset it: ${props.resetUrl}\n\nIf it was not you, you can ignore this mail; your account is unchanged.`;
  return {
    subject: "You already have an Atelier account",
    html: layout({
      preheader: "Someone tried to sign up with your address.",
      heading: "You already have an account",
      body: paragraphs(intro) + button(props.signInUrl, "Sign in") + paragraphs(outro),
    }),
    text: `${intro}\n\nSign in: ${props.signInUrl}\n\n${outro}${textFooter()}`,
  };
}

/** Confirms a password change, so an owner notices a change they did not make. */
export function passwordChanged(props: { displayName: string; resetUrl: string }): RenderedEmail {
  const intro = `Dear ${props.displayName},\n\nThe password of your Atelier account was just changed, and every browser that was signed in has been signed out.`;
  const outro = `If you did not do this, reset your password now: ${props.resetUrl}`;
  return {
    subject: "Your Atelier password was changed",
    html: layout({ preheader: "Your password was changed.", heading: "Your password was changed", body: paragraphs(intro) + paragraphs(outro) }),
    text: `${intro}\n\n${outro}${textFooter()}`,
  };
}
