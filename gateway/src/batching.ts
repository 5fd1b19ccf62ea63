import type express from "express";

/**
 * Batched requests (a JSON array of operations in one HTTP request) are answered by Apollo
 * Server when `allowBatchedHttpRequests` is on; this caps how many one request may carry, before
 * anything is parsed or planned. `maxBatch` 1 refuses every batch: send one operation per request.
 */
export function limitBatches({ path, maxBatch }: { path: string; maxBatch: number }): express.RequestHandler {
  return (req, res, next) => {
    if (!Array.isArray(req.body)) return next();
    if (maxBatch <= 1) {
      return refuse(res, `Batched requests are not accepted at ${path}: send one operation per request.`, 1);
    }
    if (req.body.length > maxBatch) {
      return refuse(res, `Batched request limit of ${maxBatch} operations exceeded, found ${req.body.length}: send them in smaller batches.`, maxBatch);
    }
    next();
  };
}

function refuse(res: express.Response, message: string, maximum: number): void {
  res.status(400).json({ errors: [{ message, extensions: { code: "BAD_REQUEST", limit: "maxBatch", maximum } }] });
}
