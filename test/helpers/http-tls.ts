/**
 * A throw-away self-signed certificate for TLS tests. Node cannot create X.509 certificates by
 * itself, so this runs `openssl` when it is on PATH and returns null otherwise (the caller skips).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A certificate for `localhost` and 127.0.0.1, and for `names` too (host names a test resolver maps to loopback). */
export async function selfSignedCertificate(names: readonly string[] = []): Promise<{ key: string; cert: string } | null> {
  const dir = await mkdtemp(join(tmpdir(), 'medlint-tls-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    await run(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost',
        '-addext', `subjectAltName=${['DNS:localhost', 'IP:127.0.0.1', ...names.map((name) => `DNS:${name}`)].join(',')}`,
      ],
      { timeout: 10_000 },
    );
    return { key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') };
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
