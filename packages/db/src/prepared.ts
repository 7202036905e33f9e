import { createHash } from "node:crypto";
import { Prisma } from "./generated/prisma/client.ts";

/**
 * Named prepared statements for the few hot read statements that ask for them (the gallery's page and
 * search statements). PostgreSQL then parses such a statement once per connection and, once its plan
 * cache finds a generic plan as cheap as the custom ones, stops planning it: the catalogue statements
 * spent more time in the planner than in the executor (0.56 vs 0.36 ms for a gallery page at 100k works).
 *
 * Only statements wrapped in `prepared(…)` are named, by a hash of their text (so one name never
 * stands for two texts), and at most MAX_PREPARED texts per client (each is kept on every connection
 * of the pool): every other statement stays unnamed, planned per call as before.
 *
 * Not on PGlite: its socket server runs every connection in one backend session, where two pool
 * connections preparing the same name collide ("prepared statement … already exists"). Whether the
 * server is PGlite is asked once, on the first marked statement, which runs unnamed meanwhile.
 */
const MARK = "/* atelier:prepared */";

/** At most this many distinct texts are prepared per client; later ones run unnamed. */
export const MAX_PREPARED = 200;

/** Marks a statement to be run as a named prepared statement where the server allows it. */
export function prepared(sql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(MARK)}${sql}`;
}

/** The name a marked statement is prepared under (a hash of its text), or undefined for an unmarked one. */
export function preparedStatementName(sql: string): string | undefined {
  return sql.startsWith(MARK) ? `atelier_${createHash("sha1").update(sql).digest("base64url")}` : undefined;
}

export class StatementNames {
  private names = new Map<string, string>();
  private serverAllows: boolean | "asking" | undefined;

  /** `askServer` resolves whether named statements are safe on this server (false on PGlite). */
  constructor(private readonly askServer: () => Promise<boolean>) {}

  /** The statement's name, or undefined to run it unnamed. */
  nameOf(sql: string): string | undefined {
    if (!sql.startsWith(MARK)) return undefined;
    if (this.serverAllows !== true) {
      if (this.serverAllows === undefined) this.ask();
      return undefined;
    }
    let name = this.names.get(sql);
    if (!name && this.names.size < MAX_PREPARED) {
      name = preparedStatementName(sql)!;
      this.names.set(sql, name);
    }
    return name;
  }

  private ask() {
    this.serverAllows = "asking";
    this.askServer().then(
      (allows) => (this.serverAllows = allows),
      () => (this.serverAllows = undefined),
    );
  }
}

/** Whether a server's version() string allows named statements shared across a pool (not PGlite's). */
export function allowsNamedStatements(version: string): boolean {
  return !/PGlite/i.test(version);
}
