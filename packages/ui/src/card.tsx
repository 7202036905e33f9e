import type { HTMLAttributes } from "react";
import { cn } from "./cn.ts";

export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("rounded-2xl border border-line bg-white/70 p-6 shadow-sm", className)} {...props} />;
}

export function Badge({ tone = "neutral", className, ...props }: HTMLAttributes<HTMLSpanElement> & { tone?: "neutral" | "accent" | "ok" | "warn" }) {
  const tones = {
    neutral: "bg-paper-deep text-ink-soft",
    accent: "bg-accent/10 text-accent-deep",
    ok: "bg-ok/10 text-ok",
    warn: "bg-warn/10 text-warn",
  };
  return <span className={cn("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium tracking-wide", tones[tone], className)} {...props} />;
}

export function Alert({ tone = "error", className, ...props }: HTMLAttributes<HTMLDivElement> & { tone?: "error" | "info" | "success" }) {
  const tones = {
    error: "border-accent/30 bg-accent/5 text-accent-deep",
    info: "border-line bg-paper-deep/60 text-ink-soft",
    success: "border-ok/30 bg-ok/5 text-ok",
  };
  return <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-xl border px-4 py-3 text-sm", tones[tone], className)} {...props} />;
}
