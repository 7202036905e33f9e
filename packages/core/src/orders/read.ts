import type { Db, Prisma } from "@atelier/db";
import { isPhysicalProduct } from "../products/lab-shipping.ts";
import type { z } from "zod";
import { AppError } from "../errors.ts";
import { afterIdCursor, idCursorPage } from "../pagination.ts";
import { variantKey } from "../artwork/thumbnail.ts";
import { listAdminOrdersSchema, listMyOrdersSchema, listSalesSchema, orderIdSchema, orderItemIdSchema } from "../schemas/orders.ts";

/**
 * Reading orders: a buyer's own orders, an artist's own sales (their items only), and every order for
 * admins. Someone else's id is NOT_FOUND, never FORBIDDEN, so ids cannot be probed.
 * Buyers see orders once they are paid (a checkout that never completed is not an order to them).
 */

/** Orders a buyer sees: paid ones, and paid ones refunded since. */
const BUYER_VISIBLE: Prisma.OrderWhereInput["status"] = { in: ["PAID", "REFUNDED"] };
/** Items an artist sees as sales: paid (and what followed), never reservations. */
const SALE_VISIBLE: Prisma.OrderItemWhereInput["status"] = { in: ["PAID", "SHIPPED", "DELIVERED", "REFUNDED"] };

const itemSelect = {
  id: true,
  artworkId: true,
  title: true,
  kind: true,
  quantity: true,
  unitAmount: true,
  subtotalAmount: true,
  shippingAmount: true,
  status: true,
  refundedAmount: true,
  carrier: true,
  trackingNumber: true,
  shippedAt: true,
  deliveredAt: true,
  listingSeller: true,
  productTypeCode: true,
  store: { select: { name: true, slug: true } },
  fulfilment: { select: { status: true, trackingUrl: true } },
  artwork: { select: { slug: true, images: { orderBy: { position: "asc" }, take: 1, select: { variants: true, originalKey: true, altText: true } } } },
  seller: { select: { artistProfile: { select: { displayName: true, slug: true } } } },
  ticketType: { select: { event: { select: { slug: true, title: true, startsAt: true } } } },
} satisfies Prisma.OrderItemSelect;

type ItemRow = Prisma.OrderItemGetPayload<{ select: typeof itemSelect }>;

function itemView(i: ItemRow) {
  const image = i.artwork?.images[0];
  return {
    id: i.id,
    artworkId: i.artworkId,
    artworkSlug: i.artwork?.slug ?? null,
    title: i.title,
    kind: i.kind,
    quantity: i.quantity,
    unitAmount: i.unitAmount,
    subtotalAmount: i.subtotalAmount,
    shippingAmount: i.shippingAmount,
    totalAmount: i.subtotalAmount + i.shippingAmount,
    status: i.status,
    refundedAmount: i.refundedAmount,
    carrier: i.carrier,
    trackingNumber: i.trackingNumber,
    shippedAt: i.shippedAt,
    deliveredAt: i.deliveredAt,
    artist: i.seller.artistProfile ? { displayName: i.seller.artistProfile.displayName, slug: i.seller.artistProfile.slug } : null,
    thumbnailKey: image ? variantKey(image.variants, 320, image.originalKey) : null,
    thumbnailAlt: image?.altText ?? i.title,
    /** a licensed product: made by the print lab (print) or a file (download); null for the artwork itself */
    product: i.listingSeller
      ? {
          seller: i.listingSeller,
          store: i.store,
          fulfilment: isPhysicalProduct(i.productTypeCode ?? "") ? ("PRINT_LAB" as const) : ("DIGITAL" as const),
          labStatus: i.fulfilment?.status ?? null,
          trackingUrl: i.fulfilment?.trackingUrl ?? null,
        }
      : null,
    /** places at an event (the tickets are on the buyer's tickets page); null for artworks */
    event: i.ticketType ? { slug: i.ticketType.event.slug, title: i.ticketType.event.title, startsAt: i.ticketType.event.startsAt } : null,
    /** the buyer may confirm receipt of a shipped item */
    canConfirmDelivery: i.status === "SHIPPED",
  };
}

const refundSelect = {
  id: true,
  orderItemId: true,
  amount: true,
  currency: true,
  status: true,
  reason: true,
  createdAt: true,
  processedAt: true,
} satisfies Prisma.RefundSelect;

/** The buyer's own orders, newest first. */
export async function listBuyerOrders(db: Db, buyerId: string, raw: z.input<typeof listMyOrdersSchema>) {
  const { cursor, limit } = listMyOrdersSchema.parse(raw);
  const where: Prisma.OrderWhereInput = { buyerId, status: BUYER_VISIBLE };
  const rows = await db.order.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.order.findFirst({ where: { id, ...where }, select: { id: true } }))),
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      totalAmount: true,
      paidAt: true,
      createdAt: true,
      items: { orderBy: { createdAt: "asc" }, select: itemSelect },
    },
  });
  const page = idCursorPage(rows, limit);
  return { ...page, items: page.items.map((o) => ({ ...o, items: o.items.map(itemView) })) };
}

/** One of the buyer's orders with its items, shipping, tracking and refunds; anyone else's → NOT_FOUND. */
export async function getBuyerOrder(db: Db, buyerId: string, raw: z.input<typeof orderIdSchema>) {
  const { id } = orderIdSchema.parse(raw);
  const order = await db.order.findFirst({
    where: { id, buyerId, status: BUYER_VISIBLE },
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      itemsAmount: true,
      shippingAmount: true,
      totalAmount: true,
      shipTo: true,
      shippingAddress: true,
      paidAt: true,
      createdAt: true,
      items: { orderBy: { createdAt: "asc" }, select: itemSelect },
      refunds: { where: { status: { in: ["REQUESTED", "SUCCEEDED"] } }, orderBy: { createdAt: "asc" }, select: refundSelect },
    },
  });
  if (!order) throw new AppError("NOT_FOUND", "No such order");
  return { ...order, items: order.items.map(itemView), refundedAmount: order.items.reduce((s, i) => s + i.refundedAmount, 0) };
}

const saleSelect = {
  ...itemSelect,
  commissionBps: true,
  commissionAmount: true,
  artistAmount: true,
  createdAt: true,
  order: { select: { id: true, number: true, currency: true, status: true, paidAt: true, shipTo: true, buyer: { select: { name: true } } } },
} satisfies Prisma.OrderItemSelect;

type SaleRow = Prisma.OrderItemGetPayload<{ select: typeof saleSelect }>;

function saleView(s: SaleRow) {
  return {
    ...itemView(s),
    commissionBps: s.commissionBps,
    commissionAmount: s.commissionAmount,
    artistAmount: s.artistAmount,
    currency: s.order.currency,
    orderNumber: s.order.number,
    paidAt: s.order.paidAt,
    shipTo: s.order.shipTo,
    buyerName: s.order.buyer.name,
    /** only a paid item can be marked shipped */
    canMarkShipped: s.status === "PAID",
  };
}

/** The artist's own sold items (never other artists' items of the same order), newest first. */
export async function listArtistSales(db: Db, sellerId: string, raw: z.input<typeof listSalesSchema>) {
  const { status, cursor, limit } = listSalesSchema.parse(raw);
  const where: Prisma.OrderItemWhereInput = { sellerId, status: status ?? SALE_VISIBLE };
  const rows = await db.orderItem.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.orderItem.findFirst({ where: { id, ...where }, select: { id: true } }))),
    select: saleSelect,
  });
  const page = idCursorPage(rows, limit);
  const toShip = await db.orderItem.count({ where: { sellerId, status: "PAID" } });
  return { ...page, items: page.items.map(saleView), toShip };
}

/** One of the artist's sales, with where to ship it (the order is paid, so the address is theirs to use). */
export async function getArtistSale(db: Db, sellerId: string, raw: z.input<typeof orderItemIdSchema>) {
  const { orderItemId } = orderItemIdSchema.parse(raw);
  const sale = await db.orderItem.findFirst({
    where: { id: orderItemId, sellerId, status: SALE_VISIBLE },
    select: {
      ...saleSelect,
      order: { select: { ...saleSelect.order.select, shippingAddress: true } },
      refunds: { where: { status: { in: ["REQUESTED", "SUCCEEDED"] } }, orderBy: { createdAt: "asc" }, select: refundSelect },
    },
  });
  if (!sale) throw new AppError("NOT_FOUND", "No such sale");
  return { ...saleView(sale), shippingAddress: sale.order.shippingAddress, refunds: sale.refunds };
}

/** Every order for admins: search by order number, buyer email or artwork title; filter by status. */
export async function listAdminOrders(db: Db, raw: z.input<typeof listAdminOrdersSchema>) {
  const { q, status, cursor, limit } = listAdminOrdersSchema.parse(raw);
  const search: Prisma.OrderWhereInput = q
    ? {
        OR: [
          { number: { equals: q, mode: "insensitive" } },
          { buyer: { email: { contains: q, mode: "insensitive" } } },
          { buyer: { name: { contains: q, mode: "insensitive" } } },
          { items: { some: { title: { contains: q, mode: "insensitive" } } } },
        ],
      }
    : {};
  const where: Prisma.OrderWhereInput = { ...(status ? { status } : {}), ...search };
  const rows = await db.order.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.order.findUnique({ where: { id }, select: { id: true } }))),
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      totalAmount: true,
      commissionAmount: true,
      stripeFeeAmount: true,
      disputed: true,
      createdAt: true,
      paidAt: true,
      buyer: { select: { id: true, email: true, name: true } },
      _count: { select: { items: true } },
    },
  });
  return idCursorPage(rows, limit);
}

/** One order with everything behind it: items and their split, transfers, refunds, disputes, ledger lines. */
export async function getAdminOrder(db: Db, raw: z.input<typeof orderIdSchema>) {
  const { id } = orderIdSchema.parse(raw);
  const order = await db.order.findUnique({
    where: { id },
    include: {
      buyer: { select: { id: true, email: true, name: true } },
      items: {
        orderBy: { createdAt: "asc" },
        select: { ...itemSelect, sellerId: true, commissionBps: true, commissionAmount: true, artistAmount: true },
      },
      transfers: { orderBy: { createdAt: "asc" }, include: { recipient: { select: { email: true, name: true } } } },
      refunds: { orderBy: { createdAt: "asc" } },
      disputes: { orderBy: { openedAt: "asc" } },
      ledgerEntries: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!order) throw new AppError("NOT_FOUND", "No such order");
  return {
    ...order,
    items: order.items.map((i) => ({
      ...itemView(i),
      sellerId: i.sellerId,
      commissionBps: i.commissionBps,
      commissionAmount: i.commissionAmount,
      artistAmount: i.artistAmount,
    })),
  };
}

/** What the buyer owns through Atelier: their paid items (shipped and delivered ones too; refunded ones are not theirs), newest first. */
export async function buyerPurchases(db: Db, buyerId: string, limit = 24) {
  const rows = await db.orderItem.findMany({
    where: { order: { buyerId }, status: { in: ["PAID", "SHIPPED", "DELIVERED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { ...itemSelect, order: { select: { id: true, number: true, currency: true, paidAt: true } } },
  });
  return rows.map((r) => ({ ...itemView(r), orderId: r.order.id, orderNumber: r.order.number, currency: r.order.currency, paidAt: r.order.paidAt }));
}
