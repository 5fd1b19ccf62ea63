import type express from "express";
import type { GatewayLogger } from "./logger";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Answers in the GraphQL error shape, so clients handle every refusal the same way. */
function sendError(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The last error handler: the JSON body parser's refusals (body over the limit, malformed JSON,
 * unknown charset) become GraphQL-shaped errors, and anything unexpected is logged and answered
 * with a bare 500, never Express's HTML page with a stack trace.
 */
export function httpErrors({ maxBodyBytes, logger }: { maxBodyBytes: number; logger: GatewayLogger }): express.ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string; stack?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === "entity.too.large") {
      return sendError(res, 413, "BAD_REQUEST", `The request body is larger than the limit of ${maxBodyBytes} bytes.`);
    }
    if (error.type === "entity.parse.failed") return sendError(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
    if (typeof error.status === "number" && error.status >= 400 && error.status < 500) {
      return sendError(res, error.status, "BAD_REQUEST", error.message ?? "Bad request.");
    }
    logger.error(error.stack ?? error.message ?? String(error));
    return sendError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error.");
  };
}

/** The last handler: anything not routed. */
export function notFound(): express.RequestHandler {
  return (req, res) => sendError(res, 404, "NOT_FOUND", `Nothing is served at ${req.method} ${req.path}.`);
}
