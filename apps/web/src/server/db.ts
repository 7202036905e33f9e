import "server-only";
import { getDb } from "@atelier/db";

export const db = getDb();
