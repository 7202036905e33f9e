/** How long one enquiry message may be: here, without zod, so a form can say it without loading the schemas. */
export const ENQUIRY_MESSAGE_MAX = 2000;
