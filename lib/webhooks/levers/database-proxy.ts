// A TCP proxy in front of the test PostgreSQL, so a test can take "the database" down (refuse
// connections), make it hang (accept and never answer), and bring it back. Test-only.
import { createServer, type Server, type Socket, connect } from "node:net";
import { findFreePort } from "@/lib/db/embedded-postgres";

export type DatabaseProxy = {
  url: string;
  mode: (mode: "up" | "down" | "hang") => Promise<void>;
  /** Open connections stay open but nothing flows any more: a database stuck mid-query. */
  stall: () => void;
  close: () => Promise<void>;
};

export async function startDatabaseProxy(databaseUrl: string): Promise<DatabaseProxy> {
  const target = new URL(databaseUrl);
  const port = await findFreePort();
  const sockets = new Set<Socket>();
  const pairs = new Set<[Socket, Socket]>();
  let server: Server | undefined;
  let hanging = false;

  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        sockets.add(client);
        client.on("close", () => sockets.delete(client));
        client.on("error", () => client.destroy());
        if (hanging) return; // accepted, never answered: a database that is up but stuck
        const upstream = connect(Number(target.port), target.hostname);
        sockets.add(upstream);
        upstream.on("close", () => sockets.delete(upstream));
        upstream.on("error", () => client.destroy());
        client.pipe(upstream).pipe(client);
        pairs.add([client, upstream]);
      });
      server.listen(port, "127.0.0.1", resolve);
    });
  const shut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      pairs.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });

  await listen();
  const url = new URL(databaseUrl);
  url.port = String(port);
  url.hostname = "127.0.0.1";
  return {
    url: url.toString(),
    mode: async (mode) => {
      await shut();
      hanging = mode === "hang";
      if (mode !== "down") await listen();
      // Let the pool notice its cut connections and drop them, as it would after a real outage.
      await new Promise((resolve) => setTimeout(resolve, 200));
    },
    stall: () => {
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    close: shut,
  };
}
