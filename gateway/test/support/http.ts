/** Real HTTP requests to the gateway, the way a client sends them. */
export interface GraphQLAnswer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
}

export async function postGraphQL(
  url: string,
  request: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(request),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLAnswer["body"] };
}
