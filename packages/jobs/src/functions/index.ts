import type { AnyJobDefinition } from "../define.ts";
import { sendEmail } from "./send-email.ts";

/** Every durable function. Add new ones here (one file each in this folder). */
export const allFunctions: AnyJobDefinition[] = [sendEmail];
