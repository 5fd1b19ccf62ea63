import { unconfirmed } from "@coopgraph/kit";
import type { z } from "zod";

/**
 * The answer of another domain, checked against what the client expects: a missing or mistyped
 * field is SERVICE_UNAVAILABLE (the owner could not confirm the fact), never a guess.
 */
export function validAnswer<S extends z.ZodType>(shape: S, data: unknown, asking: { owner: string; purpose: string }): z.infer<S> {
  const result = shape.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw unconfirmed(asking, `its answer was incomplete at ${issue.path.join(".") || "the top"}`);
  }
  return result.data;
}
