import { markSocketStampInstalled, SOCKET_PEER_HEADER } from "@atelier/core/rate-limit";
import http from "node:http";

/**
 * Route handlers never see the TCP peer, and `next start` only writes it into X-Forwarded-For when
 * the client sent none (`??=` in Next's base server): a client that sends its own header would
 * choose its address. So every request the Node.js HTTP server receives gets its socket peer in
 * SOCKET_PEER_HEADER before Next reads it, overwriting anything a client sent under that name;
 * client-address.ts appends it to the forwarding chain. Installed once from instrumentation.ts.
 */
export function installSocketPeerStamp() {
  const proto = http.Server.prototype as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  const emit = proto.emit;
  proto.emit = function stampSocketPeer(this: http.Server, event, ...args) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[SOCKET_PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  };
  markSocketStampInstalled();
}
