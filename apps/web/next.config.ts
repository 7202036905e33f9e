import type { NextConfig } from "next";
import "./src/env.ts"; // validate the environment when the server starts or builds

const config: NextConfig = {
  reactStrictMode: true,
  transpilePackages: ["@atelier/api", "@atelier/auth", "@atelier/core", "@atelier/events", "@atelier/db", "@atelier/ui", "@atelier/jobs", "@atelier/ai"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
  // Local data (embedded database, media) changes at run time; it is never part of the bundle.
  outputFileTracingExcludes: { "*": ["../../.data/**", ".data/**"] },
  devIndicators: false,
};

export default config;
