import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  url: string;
  /** Every message accepted, parsed. */
  received: ParsedMail[];
  /** Every answer given to MAIL FROM, in order: `250` or the refusal's code. */
  attempts: number[];
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process, on a free port of 127.0.0.1, that keeps what it
 * receives. `refuseFirst`: the first `n` messages are refused with a temporary 451, as a busy
 * server does; `refuseAll`: every message is refused for good (550).
 */
export async function startSmtpServer(options: { refuseFirst?: number; refuseAll?: boolean } = {}): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const attempts: number[] = [];
  let refusalsLeft = options.refuseFirst ?? 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (options.refuseAll) {
        attempts.push(550);
        return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      }
      if (refusalsLeft > 0) {
        refusalsLeft -= 1;
        attempts.push(451);
        return callback(Object.assign(new Error('Too busy, try again later'), { responseCode: 451 }));
      }
      attempts.push(250);
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls `check` until it answers something truthy, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('eventually: timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
