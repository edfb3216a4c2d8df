/** Fastify's reply has header(); Express's response has setHeader(): controllers run on both. */
export interface HeaderSink {
  header?: (name: string, value: string) => unknown;
  setHeader?: (name: string, value: string) => unknown;
}

export function setHeader(res: HeaderSink, name: string, value: string): void {
  if (res.header) res.header(name, value);
  else res.setHeader?.(name, value);
}
