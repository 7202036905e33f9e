import { cn } from "./cn.ts";

/**
 * The one page width: header, footer and every page's content share it, so their left edges line
 * up. Narrower content (forms, prose) sits inside it, left-aligned, with its own max-width.
 */
export function containerClass(extra?: string): string {
  return cn("mx-auto w-full max-w-6xl px-4 sm:px-6", extra);
}
