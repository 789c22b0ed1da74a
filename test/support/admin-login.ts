/** Signing in to the admin API over real HTTP, for tests of pages and routes behind the login. */

/** Logs in through `POST /admin/api/login`; returns the `naast_admin=…` cookie to send, or throws with the status. */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}`);
  return cookieFrom(res);
}

function cookieFrom(res: Response): string {
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith('naast_admin=')) throw new Error('no session cookie in the answer');
  return cookie;
}

/** An account made by an administrator, with its own password chosen (invited accounts get a one-time one). */
export interface Invited {
  email: string;
  password: string;
  cookie: string;
}

/**
 * An administrator invites a user through `POST /admin/api/users`; the user logs in with the
 * one-time password and, when the API asks for it, chooses `password` through `POST /admin/api/password`.
 */
export async function invite(baseUrl: string, adminCookie: string, user: { email: string; role: string; organisation?: string }, password: string): Promise<Invited> {
  const made = await fetch(`${baseUrl}/admin/api/users`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: adminCookie }, body: JSON.stringify(user) });
  if (made.status !== 201) throw new Error(`inviting ${user.email} answered ${made.status}`);
  const oneTime = ((await made.json()) as { password: string }).password;
  const first = await login(baseUrl, user.email, oneTime);
  const me = (await (await fetch(`${baseUrl}/admin/api/me`, { headers: { cookie: first } })).json()) as { mustChangePassword?: boolean };
  if (!me.mustChangePassword) return { email: user.email, password: oneTime, cookie: first };
  const changed = await fetch(`${baseUrl}/admin/api/password`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: first }, body: JSON.stringify({ current: oneTime, next: password }) });
  if (changed.status !== 200) throw new Error(`changing the password of ${user.email} answered ${changed.status}`);
  return { email: user.email, password, cookie: await login(baseUrl, user.email, password) };
}
