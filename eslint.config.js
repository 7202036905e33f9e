import base from "@atelier/eslint-config/base";

// Root: end-to-end tests and example scripts (packages lint themselves through turbo).
export default [
  ...base,
  { ignores: ["apps/**", "packages/**", "tooling/**"] },
  { files: ["e2e/**", "scripts/**"], rules: { "no-restricted-properties": "off" } },
];
