/**
 * The yardstick for the chat API's throughput: a bare express 5 app with one JSON POST route that
 * answers {"ok":true}. Started like Naast (`node --import tsx`), on PORT (0 picks a free one).
 */
import type { AddressInfo } from 'node:net';
import express from 'express';

const app = express();
app.post('/hello', express.json(), (_req, res) => {
  res.json({ ok: true });
});
const server = app.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = server.address() as AddressInfo;
  process.stdout.write(`hello-world on http://${address}:${port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
