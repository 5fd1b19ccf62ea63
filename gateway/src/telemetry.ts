/**
 * @apollo/gateway reports usage to Apollo unless told not to: its OpenTelemetry resource
 * detectors probe cloud metadata addresses (169.254.169.254 and others) and it exports metrics
 * to Apollo: traffic to forbidden addresses, and a privacy leak for users. The gateway reads APOLLO_TELEMETRY_DISABLED in its constructor; this
 * module sets it as a side effect of being imported, so every file that imports
 * "@apollo/gateway" imports "./telemetry" first and nobody has to remember an environment variable.
 * There is deliberately no way to turn it back on.
 */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
}

disableApolloTelemetry();
