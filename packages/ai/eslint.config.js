import base from "@atelier/eslint-config/base";

export default [
  ...base,
  // settings.ts is this package's validated environment (the role env.ts plays elsewhere)
  { files: ["src/settings.ts"], rules: { "no-restricted-properties": "off" } },
];
