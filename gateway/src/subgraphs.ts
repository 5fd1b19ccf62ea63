/** The environment variable that overrides a subgraph's URL: `SUBGRAPH_URL_MEMBERSHIP`. */
export function subgraphUrlVariable(subgraph: string): string {
  return `SUBGRAPH_URL_${normalise(subgraph)}`;
}

function normalise(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

/**
 * Where each subgraph lives. The supergraph's `join__graph(url:)` is the default; an override
 * (by subgraph name, case-insensitive: `membership`, `MEMBERSHIP`) wins. Records what it resolved,
 * so /ready knows which subgraphs to ask.
 */
export class SubgraphDirectory {
  private readonly overrides = new Map<string, string>();
  private readonly resolved = new Map<string, string>();

  constructor(overrides: Record<string, string> = {}) {
    for (const [name, url] of Object.entries(overrides)) this.overrides.set(normalise(name), url);
  }

  resolve(subgraph: string, supergraphUrl: string | undefined): string {
    const url = this.overrides.get(normalise(subgraph)) ?? supergraphUrl;
    if (!url) {
      throw new Error(`the supergraph gives no URL for the ${subgraph} subgraph: set ${subgraphUrlVariable(subgraph)}`);
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`the URL of the ${subgraph} subgraph is not a URL: '${url}'`);
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw new Error(`the URL of the ${subgraph} subgraph must be http or https: '${url}'`);
    }
    this.resolved.set(subgraph, url);
    return url;
  }

  /** Subgraph name and GraphQL URL, in the order the supergraph lists them. */
  list(): Array<{ name: string; url: string }> {
    return [...this.resolved].map(([name, url]) => ({ name, url }));
  }

  /** Overrides that named no subgraph of the supergraph: most likely a typo. */
  unusedOverrides(): string[] {
    const used = new Set([...this.resolved.keys()].map(normalise));
    return [...this.overrides.keys()].filter((name) => !used.has(name));
  }
}
