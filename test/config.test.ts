import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration from the environment', () => {
  it('runs on its defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.smtpUrl).toBeUndefined();
    expect(c.dataDir).toMatch(/data$/);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PUBLIC_URL', 'naast.example.nl'],
    ['SMTP_URL', 'http://mail'],
    ['MAIL_FROM', 'not-an-address'],
    ['LOG_LEVEL', 'loud'],
    ['SESSION_TTL_HOURS', '-1'],
    ['TELEGRAM_BOT_TOKEN', 'not a token'],
    ['TELEGRAM_API_ROOT', 'localhost:8081'],
    ['BOTFRAMEWORK', 'yes please'],
    ['IMAP_URL', 'mail.example.org'],
    ['INBOUND_SMTP_PORT', '99999'],
    ['ADMIN_PASSWORD', 'short'],
    ['DATABASE_URL', 'mysql://db/naast'],
    ['PG_POOL_MAX', '1'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '*'],
  ])('stops on a bad %s and names it', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [variable]: value });
    } catch (err) {
      expect((err as ConfigError).variable).toBe(variable);
      expect((err as Error).message.startsWith(`${variable}:`)).toBe(true);
    }
  });

  it('uses PostgreSQL only with DATABASE_URL, and believes X-Forwarded-For only from the proxies named', () => {
    expect(loadConfig({}).database).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://naast:geheim@db:5432/naast' }).database).toEqual({ url: 'postgres://naast:geheim@db:5432/naast', maxConnections: 10 });
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toBe('10.0.0.0/8, loopback');
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ SMTP_URL: '', PORT: '' }).port).toBe(3000);
  });

  it('strips a trailing slash from PUBLIC_URL so links never get two', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://naast.haarlem.example/' }).publicUrl).toBe('https://naast.haarlem.example');
  });

  describe('channels', () => {
    const token = '123456:ABC-def_123';
    const named = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (err) {
        return (err as ConfigError).variable;
      }
      return undefined;
    };

    it('switches Telegram on with a token, polling unless a webhook URL is given', () => {
      expect(loadConfig({}).telegram).toBeUndefined();
      expect(loadConfig({ TELEGRAM_BOT_TOKEN: token }).telegram).toEqual({ token });
      const hooked = loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://naast.example.org/tg', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }).telegram!;
      expect(hooked.apiRoot).toBe('http://127.0.0.1:8081');
      expect(hooked.webhook!.url).toBe('https://naast.example.org/tg');
      // The same secret after a restart, and never the token itself.
      expect(hooked.webhook!.secret).toBe(loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://naast.example.org/tg' }).telegram!.webhook!.secret);
      expect(hooked.webhook!.secret).not.toContain(token);
    });

    it('refuses a webhook Telegram would not call and a secret without a webhook', () => {
      expect(named({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'http://naast.example.org/tg' })).toBe('TELEGRAM_WEBHOOK_URL');
      expect(named({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: 'a-secret-of-twenty-chars' })).toBe('TELEGRAM_WEBHOOK_SECRET');
      expect(named({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://x.example/tg', TELEGRAM_WEBHOOK_SECRET: 'short' })).toBe('TELEGRAM_WEBHOOK_SECRET');
    });

    it('switches WhatsApp on with WHATSAPP=1, keeping its session under DATA_DIR', () => {
      expect(loadConfig({}).whatsapp).toBeUndefined();
      expect(loadConfig({ WHATSAPP: '1', DATA_DIR: '/tmp/naast' }).whatsapp).toEqual({ chromium: '/usr/bin/chromium', sessionDir: '/tmp/naast/whatsapp' });
    });

    it('switches e-mail on with a mailbox or an inbound SMTP port, on loopback unless told otherwise', () => {
      expect(loadConfig({}).email).toBeUndefined();
      expect(loadConfig({ INBOUND_SMTP_PORT: '2525' }).email).toEqual({ inboundSmtp: { host: '127.0.0.1', port: 2525 } });
      expect(loadConfig({ IMAP_URL: 'imaps://naast:pw@imap.example.org/INBOX' }).email).toEqual({ imapUrl: 'imaps://naast:pw@imap.example.org/INBOX' });
    });

    it('takes the follow-up times in working days, and refuses an order that makes no sense', () => {
      expect(loadConfig({}).followUp).toMatchObject({ remindAfterWorkingDays: 2, offerNextAfterWorkingDays: 5, complaintRemindWorkingDaysBefore: 3 });
      expect(loadConfig({ REMIND_AFTER_WORKING_DAYS: '1', OFFER_NEXT_AFTER_WORKING_DAYS: '3' }).followUp).toMatchObject({ remindAfterWorkingDays: 1, offerNextAfterWorkingDays: 3 });
      expect(named({ REMIND_AFTER_WORKING_DAYS: '5', OFFER_NEXT_AFTER_WORKING_DAYS: '5' })).toBe('OFFER_NEXT_AFTER_WORKING_DAYS');
      expect(named({ COMPLAINT_REMIND_WORKING_DAYS: '-1' })).toBe('COMPLAINT_REMIND_WORKING_DAYS');
    });

    it('switches the Bot Framework on with BOTFRAMEWORK=1 (no app id) or an app id with its password', () => {
      expect(loadConfig({}).botframework).toBeUndefined();
      expect(loadConfig({ BOTFRAMEWORK: '1' }).botframework).toEqual({ appId: '', appPassword: '' });
      expect(loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw' }).botframework).toEqual({ appId: 'app', appPassword: 'pw' });
      expect(named({ MICROSOFT_APP_ID: 'app' })).toBe('MICROSOFT_APP_PASSWORD');
    });
  });
});
