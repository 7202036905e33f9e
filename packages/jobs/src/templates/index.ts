import type { EmailRequest } from "@atelier/events";
import { passwordChanged, resetPassword, signUpAttempt, verifyEmail } from "./accounts.ts";
import { applicationApproved } from "./application-approved.ts";
import { applicationRejected } from "./application-rejected.ts";
import { applicationSubmitted } from "./application-submitted.ts";
import { artworkReviewed } from "./artwork-reviewed.ts";
import type { RenderedEmail } from "./layout.ts";
import { payoutFailed, payoutPaid, payoutsDisabled, payoutsReady } from "./payments.ts";
import { orderReceipt } from "./order-receipt.ts";
import { saleMade } from "./sale-made.ts";
import { productSold } from "./product-sold.ts";
import { invoiceIssued, invoicePaidMail } from "./invoices.ts";
import { disputeOpened, refundIssued } from "./money.ts";
import { itemShipped } from "./item-shipped.ts";
import { enquiryReceived, enquiryReply } from "./enquiry.ts";
import { savedSearchDigest } from "./saved-search-digest.ts";
import { listingsPaused, storeApplicationApproved, storeApplicationRejected, storeApplicationSubmitted, storeRightsRemoved } from "./stores.ts";

export type { RenderedEmail } from "./layout.ts";

/** Renders one catalogue email to { subject, html, text }. */
export function renderEmail(req: EmailRequest): RenderedEmail {
  switch (req.template) {
    case "application-submitted":
      return applicationSubmitted(req.props);
    case "application-approved":
      return applicationApproved(req.props);
    case "application-rejected":
      return applicationRejected(req.props);
    case "artwork-reviewed":
      return artworkReviewed(req.props);
    case "payouts-ready":
      return payoutsReady(req.props);
    case "payouts-disabled":
      return payoutsDisabled(req.props);
    case "payout-paid":
      return payoutPaid(req.props);
    case "payout-failed":
      return payoutFailed(req.props);
    case "verify-email":
      return verifyEmail(req.props);
    case "reset-password":
      return resetPassword(req.props);
    case "sign-up-attempt":
      return signUpAttempt(req.props);
    case "password-changed":
      return passwordChanged(req.props);
    case "order-receipt":
      return orderReceipt(req.props);
    case "sale-made":
      return saleMade(req.props);
    case "product-sold":
      return productSold(req.props);
    case "invoice-issued":
      return invoiceIssued(req.props);
    case "invoice-paid":
      return invoicePaidMail(req.props);
    case "refund-issued":
      return refundIssued(req.props);
    case "dispute-opened":
      return disputeOpened(req.props);
    case "item-shipped":
      return itemShipped(req.props);
    case "enquiry-received":
      return enquiryReceived(req.props);
    case "enquiry-reply":
      return enquiryReply(req.props);
    case "saved-search-digest":
      return savedSearchDigest(req.props);
    case "store-application-submitted":
      return storeApplicationSubmitted(req.props);
    case "store-application-approved":
      return storeApplicationApproved(req.props);
    case "store-application-rejected":
      return storeApplicationRejected(req.props);
    case "listings-paused":
      return listingsPaused(req.props);
    case "store-rights-removed":
      return storeRightsRemoved(req.props);
  }
}
