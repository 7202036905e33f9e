import type { Db } from "@atelier/db";

/** What the live-show functions need: the database and the clock. */
export interface LiveShowDeps {
  db: Db;
  now: () => Date;
}
