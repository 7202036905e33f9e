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
  // `./atelier dev` opened at http://127.0.0.1:3000 must get its scripts too: without them React never
  // hydrates and forms fall back to native submits
  allowedDevOrigins: ["127.0.0.1", "localhost"],
};

export default config;
