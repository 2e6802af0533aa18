import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A double's server listening on 127.0.0.1 at a free port. */
export interface Listening {
  port: number;
  /** Closes the server and cuts the connections still open (a keep-alive client would hold it open). */
  close(): Promise<void>;
}

/** Starts a double's server on loopback; a client's TLS error is the test's to see, not the server's. */
export async function listenOnLoopback(server: Server): Promise<Listening> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
