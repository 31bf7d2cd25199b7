// The stop sequence of a web process (server.js, issue 30): a deploy resets no one. Node's own
// server.close() and closeIdleConnections() count a connection that has been accepted but whose
// request has not been read yet as idle and destroy it, so people who had just pressed "Signer"
// saw a network error (a 502 behind the proxy). Here each connection is followed from its start:
//   accepted, nothing read yet  -> gets FIRST_REQUEST_GRACE_MS to send its request, which is answered;
//   a request in flight         -> answered with `Connection: close`, then closed;
//   idle after an answer        -> closed at once, unless bytes of a next request have arrived.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/**
 * How long a connection accepted before the stop may take to send its first request. Browsers and
 * proxies send theirs as soon as they are connected; a speculative connection that never sends
 * anything should not hold the stop up for long.
 */
export const FIRST_REQUEST_GRACE_MS = 2_000;

type Connection = {
  /** Answers not finished yet (more than one only for pipelined requests). */
  responses: Set<ServerResponse>;
  /** socket.bytesRead when the last answer finished: more means a next request is arriving. */
  readWhenIdle: number;
};

/**
 * Follows the server's connections; `stop()` applies the sequence above to the connections the
 * server has and to any it is given while stopping, and resolves once every one is closed.
 */
export function drainOnStop(server: Server) {
  const connections = new Map<Socket, Connection>();
  let stopping = false;
  let drained = () => {};
  const done = new Promise<void>((resolve) => (drained = resolve));

  const closeIfIdle = (socket: Socket, connection: Connection) => {
    if (connection.responses.size === 0 && socket.bytesRead === connection.readWhenIdle) socket.destroySoon();
  };
  const awaitFirstRequest = (socket: Socket, connection: Connection) => {
    // setImmediate after the timer: whatever the client sent meanwhile has been read (poll phase).
    const timer = setTimeout(() => setImmediate(() => closeIfIdle(socket, connection)), FIRST_REQUEST_GRACE_MS);
    socket.once("close", () => clearTimeout(timer));
  };

  server.on("connection", (socket: Socket) => {
    const connection: Connection = { responses: new Set(), readWhenIdle: 0 };
    connections.set(socket, connection);
    socket.once("close", () => {
      connections.delete(socket);
      if (stopping && connections.size === 0) drained();
    });
    if (stopping) awaitFirstRequest(socket, connection);
  });

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const connection = connections.get(req.socket);
    if (!connection) return;
    connection.responses.add(res);
    if (stopping) res.shouldKeepAlive = false;
    res.once("close", () => {
      connection.responses.delete(res);
      connection.readWhenIdle = req.socket.bytesRead;
      // Answered with keep-alive before the stop began: closed once the answer is out.
      if (stopping) closeIfIdle(req.socket, connection);
    });
  });

  return {
    stop() {
      if (stopping) return done;
      stopping = true;
      for (const [socket, connection] of connections) {
        if (connection.responses.size > 0) {
          // Answers whose headers are not written yet say `Connection: close`; Node then closes.
          for (const res of connection.responses) if (!res.headersSent) res.shouldKeepAlive = false;
        } else if (socket.bytesRead === 0) awaitFirstRequest(socket, connection);
        else closeIfIdle(socket, connection);
      }
      if (connections.size === 0) drained();
      return done;
    },
    /** The connections still open (for the log when the stop times out). */
    open: () => connections.size,
  };
}
