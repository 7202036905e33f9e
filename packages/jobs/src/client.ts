import { Inngest } from "inngest";

/** The Inngest client. Functions are registered with it in ./functions (issue: payments platform). */
export const inngest = new Inngest({ id: "atelier" });
