/**
 * One format for the whole repo, checked by `pnpm lint` (`prettier --check`).
 * 160 columns: the width the code was written at (p99 of lines was ~180 before formatting);
 * narrower widths split the long single-line signatures and SQL the team prefers to read whole.
 * @type {import("prettier").Config}
 */
export default { printWidth: 160, singleQuote: false, trailingComma: "all", semi: true };
