/** The administrators' session cookie, read the same way by the API and by the pages behind a login. */
import type { RequestHandler, Request } from 'express';
import type { Accounts, Role, User } from './accounts.js';

export const COOKIE = 'naast_admin';

export function cookieOf(req: Pick<Request, 'headers'>): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return undefined;
}

/** The signed-in user of a request, if any. */
export async function signedIn(accounts: Pick<Accounts, 'sessionUser'>, req: Pick<Request, 'headers'>): Promise<User | undefined> {
  return accounts.sessionUser(cookieOf(req));
}

/**
 * For HTML pages behind the login (monitoring, WhatsApp pairing): without a session the browser goes
 * to the login page and comes back; with the wrong role it gets a plain 403.
 */
export function pageGuard(accounts: Pick<Accounts, 'sessionUser'>, ...roles: Role[]): RequestHandler {
  return async (req, res, next) => {
    const user = await signedIn(accounts, req);
    if (!user) {
      res.redirect(303, `/admin/?next=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    // A one-time password opens nothing but the page to choose one's own.
    if (user.mustChangePassword) {
      res.redirect(303, '/admin/#account');
      return;
    }
    if (!roles.includes(user.role)) {
      res.status(403).type('text/plain').send('Dit mag uw rol niet. / Your role may not see this.\n');
      return;
    }
    res.locals.user = user;
    next();
  };
}
