// Remix on Node's own http server, without Express: Express added about 0.17 ms of CPU to every
// request (a form POST answered with a redirect: 1,530 req/s per process through Express, 2,090
// without), and server.js needs none of its features. These are the conversions between Node's
// request and response and the Fetch API's that Remix speaks.
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";

export type GetLoadContext = (req: IncomingMessage, res: ServerResponse) => AppLoadContext;

/** The request as Remix sees it; loaders and actions are aborted if the client goes away first. */
export function toFetchRequest(req: IncomingMessage, res: ServerResponse): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, init);
}

export async function sendFetchResponse(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) res.appendHeader(name, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/** Remix's request handler for node:http (server.js). */
export function remixHandler({ build, getLoadContext }: { build: ServerBuild; getLoadContext: GetLoadContext }) {
  const handle = createRequestHandler(build, build.mode);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const context = getLoadContext(req, res);
    await sendFetchResponse(res, await handle(toFetchRequest(req, res), context));
  };
}
