import { pino, type Logger } from 'pino';

/**
 * Structured logs on standard error (standard output belongs to the CLI tools).
 * Never pass a resident's text, phone or e-mail: the redaction list is a second line of defence.
 */
export function createLogger(level: string = 'info'): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['text', '*.text', 'words', '*.words', 'slots', '*.slots', 'contact', '*.contact', 'email', 'phone', 'to', '*.to'],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}

export type { Logger };
