import { certificatesOfSale, getCertificate, listMyCertificates } from "@atelier/core/certificates/read";
import { setCertificateVisibility, transferCertificate } from "@atelier/core/certificates/transfer";
import { verifyCertificate } from "@atelier/core/certificates/verify";
import {
  certificateSerialSchema,
  certificatesOfSaleSchema,
  certificateVisibilitySchema,
  transferCertificateSchema,
  verifyCertificateSchema,
} from "@atelier/core/schemas/certificates";
import { artistProcedure, createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc.ts";

/** Certificates of authenticity: public page and verification; the owner's list, transfer and visibility; the artist's view of a sale. */
export const certificateRouter = createTRPCRouter({
  bySerial: publicProcedure.input(certificateSerialSchema).query(({ ctx, input }) => getCertificate(ctx.db, input.serial, ctx.identity?.id ?? null)),
  verify: publicProcedure.input(verifyCertificateSchema).query(({ ctx, input }) => verifyCertificate(ctx.db, ctx.certificateKey(), input.token)),
  mine: protectedProcedure.query(({ ctx }) => listMyCertificates(ctx.db, ctx.identity.id)),
  ofSale: artistProcedure.input(certificatesOfSaleSchema).query(({ ctx, input }) => certificatesOfSale(ctx.db, ctx.identity.id, input.orderItemId)),
  transfer: protectedProcedure
    .input(transferCertificateSchema)
    .mutation(({ ctx, input }) => transferCertificate({ db: ctx.db, certificateKey: ctx.certificateKey(), now: ctx.now }, ctx.identity.id, input)),
  setVisibility: protectedProcedure.input(certificateVisibilitySchema).mutation(({ ctx, input }) => setCertificateVisibility(ctx, ctx.identity.id, input)),
});
