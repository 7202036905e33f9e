/** An error the API answers with Stripe's shape: `{ error: { type, code, message, param, … } }`. */
export class StripeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: { type: string; message: string; code?: string; param?: string; decline_code?: string; [k: string]: unknown },
  ) {
    super(body.message);
  }
}

export const invalid = (message: string, param?: string, code = "parameter_invalid_empty") =>
  new StripeHttpError(400, { type: "invalid_request_error", message, ...(param ? { param } : {}), code });
export const missingParam = (param: string) =>
  new StripeHttpError(400, { type: "invalid_request_error", code: "parameter_missing", param, message: `Missing required param: ${param}.` });
export const noSuch = (kind: string, id: string, param?: string) =>
  new StripeHttpError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such ${kind}: '${id}'`, ...(param ? { param } : {}) });
