import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root.ts";

export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createContext, type AssistantInfo, type Context, type ContextDeps } from "./context.ts";
export { chatDepsFrom, handleChatRequest, type ChatDeps } from "./http/assistant-chat.ts";
export { handleImageUpload, type UploadDeps } from "./http/image-upload.ts";
export { handleRoomPhotoUpload } from "./http/room-photo-upload.ts";
export { serveOwnWallFile, serveSampleRoom, type WallMediaDeps } from "./http/wall-media.ts";
export { handleStripeWebhook } from "./http/stripe-webhook.ts";
export { serveDownload, type DownloadDeps } from "./http/download.ts";
export { handlePrintLabWebhook } from "./http/print-lab-webhook.ts";
export { streamInvoiceChanges, type InvoiceStreamDeps } from "./http/invoice-stream.ts";
export { handleTrpcRequest, MAX_BATCH_SIZE } from "./http/trpc-handler.ts";
export { handleMcpRequest, type McpDeps } from "./http/mcp.ts";
export { BODY_LIMITS, boundedRequest } from "./http/body-limit.ts";
export { observeProcedureCall } from "./observe-procedure.ts";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
