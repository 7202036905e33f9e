/**
 * Stripe names what it still needs with dotted keys ("individual.verification.document"); artists
 * should read "Identity document". Known keys map to words; the rest are humanised, and keys that
 * mean the same thing to a person (dob.day/month/year) collapse into one line.
 */
const EXACT: Record<string, string> = {
  external_account: "Bank account for payouts",
  business_type: "Whether you sell as an individual or a company",
  "business_profile.url": "Website or social profile showing your work",
  "business_profile.mcc": "Business category",
  "business_profile.product_description": "A short description of what you sell",
  "business_profile.support_phone": "Support phone number",
  "tos_acceptance.date": "Accept Stripe's services agreement",
  "tos_acceptance.ip": "Accept Stripe's services agreement",
  "individual.verification.document": "Identity document",
  "individual.verification.additional_document": "Proof of address or a second identity document",
  "individual.id_number": "Personal identification number",
  "individual.ssn_last_4": "Last 4 digits of your Social Security number",
  "individual.email": "Email address",
  "individual.phone": "Phone number",
  "individual.first_name": "Legal name",
  "individual.last_name": "Legal name",
  "individual.political_exposure": "Whether you hold a political office",
  "company.tax_id": "Company tax ID",
  "company.name": "Company name",
  "company.phone": "Company phone number",
  "company.verification.document": "Company registration document",
};

const PREFIX: [string, string][] = [
  ["individual.dob.", "Date of birth"],
  ["individual.address.", "Home address"],
  ["individual.verification.", "Identity verification"],
  ["company.address.", "Company address"],
  ["representative.", "Details of the company's representative"],
  ["owners.", "Details of the company's owners"],
  ["directors.", "Details of the company's directors"],
  ["executives.", "Details of the company's executives"],
  ["settings.payments.", "Statement descriptor"],
];

function humanise(key: string): string {
  // "person_1ABC.verification.document" → "verification document"
  const words = key
    .split(".")
    .filter((part) => !/^person_/.test(part))
    .join(" ")
    .replace(/_/g, " ")
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

function requirementLabel(key: string): string {
  return EXACT[key] ?? PREFIX.find(([prefix]) => key.startsWith(prefix))?.[1] ?? humanise(key);
}

/** Distinct human labels, in Stripe's order. */
export function requirementLabels(keys: readonly string[]): string[] {
  return [...new Set(keys.map(requirementLabel))];
}

/** Why Stripe disabled an account (`requirements.disabled_reason`), in words. */
export function disabledReasonLabel(reason: string | null): string | null {
  if (!reason) return null;
  if (reason === "requirements.past_due") return "Stripe is missing details that were due.";
  if (reason === "requirements.pending_verification")
    return "Stripe is verifying the details you sent. This usually takes a few minutes, sometimes a day or two.";
  if (reason === "under_review" || reason === "listed") return "Stripe is reviewing the account.";
  if (reason === "platform_paused") return "Atelier has paused this account.";
  if (reason.startsWith("rejected.")) return "Stripe declined this account.";
  return `Stripe reports: ${reason.replace(/[._]/g, " ")}.`;
}
