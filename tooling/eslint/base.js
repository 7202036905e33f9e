import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * Shared flat config. Bans raw `process.env` outside the files that validate the environment
 * (`env.ts`) and outside tooling, so every setting is read through one validated place.
 */
export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/generated/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript already checks undefined names (typescript-eslint recommends turning this off).
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["warn", { fixStyle: "inline-type-imports" }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through the package's validated env.ts." }],
    },
  },
  {
    files: ["**/env.ts", "**/*.test.ts", "**/*.config.ts", "**/test/**", "**/e2e/**", "**/scripts/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
