/**
 * Firefox has no --host-resolver-rules, so the runner points its proxy prefs
 * here instead. This proxy tunnels CONNECT requests for the fixture hosts (port
 * 443) to the local HTTPS fixture server and refuses everything else, plain
 * HTTP included: nothing the browser asks for leaves the machine. Refused
 * requests are recorded so the runner can show what the browser tried.
 */
import { createServer } from 'node:http';
import { connect } from 'node:net';

export async function startProxy({ hosts, targetPort }) {
  const allowed = new Set(hosts);
  const refused = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    // A plain-HTTP proxy request ("GET http://host/…"): never forwarded.
    refused.push(`http ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('Refused by the Prep Panel test proxy.');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, client, head) => {
    const [host, port] = splitHostPort(req.url ?? '');
    if (!allowed.has(host) || port !== 443) {
      refused.push(`connect ${req.url}`);
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: server.address().port,
    refused,
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

function splitHostPort(authority) {
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(authority);
  return m ? [m[1].toLowerCase(), Number(m[2])] : [authority.toLowerCase(), 443];
}
