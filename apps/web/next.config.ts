import type { NextConfig } from "next";
import { env } from "./src/env.ts"; // validate the environment when the server starts or builds
import { fixedSecurityHeaders, NON_DOCUMENT_CSP } from "./src/security-headers.ts";

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
  // App Router does not route dot folders: the certificate public key lives in /api/certificate-key
  async rewrites() {
    return [
      { source: "/.well-known/atelier-certificate-key", destination: "/api/certificate-key" },
      { source: "/.well-known/atelier-certificate-key.pem", destination: "/api/certificate-key/pem" },
    ];
  },
  // pages get their Content-Security-Policy (with a nonce) from src/proxy.ts
  async headers() {
    const nonDocument = [{ key: "Content-Security-Policy", value: NON_DOCUMENT_CSP }];
    return [
      { source: "/:path*", headers: fixedSecurityHeaders(env.NODE_ENV === "production") },
      { source: "/api/:path*", headers: nonDocument },
      { source: "/media/:path*", headers: nonDocument },
    ];
  },
};

export default config;
