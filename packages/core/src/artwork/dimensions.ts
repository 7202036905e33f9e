/** Dimensions are stored in tenths of their unit (605 = 60.5 cm): shown without float maths. */
const tenths = (n: number) => (n % 10 === 0 ? String(n / 10) : `${Math.trunc(n / 10)}.${Math.abs(n % 10)}`);

export interface Dimensions {
  widthTenths: number;
  heightTenths: number;
  depthTenths?: number | null;
  dimensionUnit: "CM" | "IN" | string;
}

/** "60.5 × 80 cm", "12 × 16 × 1.5 in" (width × height × depth). */
export function formatDimensions(d: Dimensions): string {
  const parts = [d.widthTenths, d.heightTenths, ...(d.depthTenths ? [d.depthTenths] : [])].map(tenths);
  return `${parts.join(" × ")} ${d.dimensionUnit === "IN" ? "in" : "cm"}`;
}
