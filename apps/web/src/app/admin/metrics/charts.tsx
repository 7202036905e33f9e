"use client";

import { formatMoney } from "@atelier/core/money";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * Recharts drawings of the metrics. Values stay integer minor units; axes and tooltips format them with
 * the one money module (no division into floats). One chart per currency: never two currencies on one axis.
 */

export interface MonthPoint {
  month: string;
  gmvAmount: number;
  netRevenueAmount: number;
  orders: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const monthLabel = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(2, 4)}`;

export function MonthlySalesChart({ currency, points }: { currency: string; points: MonthPoint[] }) {
  const money = (v: unknown) => (typeof v === "number" ? formatMoney(v, currency, { style: "tag" }) : String(v));
  return (
    <figure className="h-72 w-full" aria-label={`Monthly sales in ${currency}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5ded3" />
          <XAxis dataKey="month" tickFormatter={monthLabel} tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis tickFormatter={money} tick={{ fontSize: 12 }} width={72} />
          <Tooltip formatter={(v, name) => [money(v), name === "gmvAmount" ? "GMV" : "Net revenue"]} labelFormatter={(l) => monthLabel(String(l))} />
          <Bar dataKey="gmvAmount" name="gmvAmount" fill="#1f1b16" radius={[4, 4, 0, 0]} />
          <Bar dataKey="netRevenueAmount" name="netRevenueAmount" fill="#b4532a" radius={[4, 4, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">
        {points.map((p) => `${monthLabel(p.month)}: GMV ${money(p.gmvAmount)}, net ${money(p.netRevenueAmount)}`).join("; ")}
      </figcaption>
    </figure>
  );
}

export interface TopArtwork {
  title: string;
  artistName: string;
  grossAmount: number;
  units: number;
}

export function TopArtworksChart({ currency, artworks }: { currency: string; artworks: TopArtwork[] }) {
  const money = (v: unknown) => (typeof v === "number" ? formatMoney(v, currency, { style: "tag" }) : String(v));
  const data = artworks.map((a) => ({ ...a, label: a.title.length > 22 ? `${a.title.slice(0, 21)}…` : a.title }));
  return (
    <figure className="w-full" style={{ height: Math.max(160, data.length * 36 + 40) }} aria-label={`Top artworks in ${currency}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e5ded3" />
          <XAxis type="number" tickFormatter={money} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => [money(v), "Sales"]} />
          <Bar dataKey="grossAmount" fill="#1f1b16" radius={[0, 4, 4, 0]} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">{artworks.map((a) => `${a.title} by ${a.artistName}: ${money(a.grossAmount)} (${a.units} sold)`).join("; ")}</figcaption>
    </figure>
  );
}
