/** Prints how closely the sandbox's objects follow Stripe's field sets (see test/parity/). */
import { startStripeSandbox } from "../src/index.ts";
import { compare, formatReports, PARITY_OBJECTS } from "../test/parity/compare.ts";
import { collectSamples } from "../test/parity/samples.ts";

const sandbox = await startStripeSandbox({ log: () => {}, payoutDelayMs: 3_600_000 });
try {
  const samples = await collectSamples(sandbox);
  const reports = PARITY_OBJECTS.map((o) => compare(o, samples[o] ?? []));
  console.log(formatReports(reports));
  if (process.argv.includes("--missing"))
    for (const r of reports)
      console.log(
        `\n${r.object}\n  fixture missing: ${r.fixture.missing.join(", ")}\n  sdk missing: ${r.sdkDeep.missing.join(", ")}\n  unknown: ${r.unknown.join(", ")}`,
      );
} finally {
  await sandbox.close();
}
