import type { GatewayAsk } from "@coopgraph/kit";
import { unconfirmed } from "@coopgraph/kit";

/**
 * A recorded other domain, for tests: answers each operation (by its name) with the data a test
 * gives, as the gateway would, so the client's own validation still runs. An operation with no
 * recording is SERVICE_UNAVAILABLE, as when the owner cannot answer.
 */
export function recordedAsk(
  recordings: Record<string, (variables: Record<string, any>) => unknown>,
): GatewayAsk & { calls: { operation: string; variables: Record<string, unknown> }[] } {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const ask = (async (query: string, variables: Record<string, unknown>, asking: { owner: string; purpose: string }) => {
    const name = /^\s*query\s+(\w+)/.exec(query)?.[1] ?? "";
    calls.push({ operation: name, variables });
    const answer = recordings[name];
    if (!answer) throw unconfirmed(asking, "no answer was recorded");
    return answer(variables);
  }) as GatewayAsk & { calls: typeof calls };
  ask.calls = calls;
  return ask;
}
