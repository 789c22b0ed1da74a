// Naast beheer: the shell. Login (with a TOTP code when asked), a menu by role, and one view at a time;
// each view is its own module exporting mount(root, ctx). Text goes into the page as text, never as HTML.
import { ROLE_NAMES } from './dom.js';

const API = '/admin/api';
const $ = (id) => document.getElementById(id);

/** Views by name: the module, the menu label, and the roles that see it. */
const VIEWS = {
  trees: { file: './tree-editor.js', label: 'Gesprek', roles: ['administrator', 'editor'] },
  pool: { file: './pool-editor.js', label: 'Organisaties', roles: ['administrator', 'editor'] },
  cases: { file: './cases.js', label: 'Zaken', roles: ['supporter', 'administrator'] },
  users: { file: './users.js', label: 'Gebruikers', roles: ['administrator'] },
  account: { file: './account.js', label: 'Mijn account', roles: ['administrator', 'editor', 'supporter', 'viewer'] },
};
/** Pages outside this app, shown as plain links. */
const LINKS = [{ href: '/admin/monitoring', label: 'Monitoring', roles: ['administrator', 'viewer'] }];

let me = null;

function say(text, items) {
  const status = $('status');
  status.replaceChildren(text);
  if (items && items.length) {
    const list = document.createElement('ul');
    list.className = 'errors';
    for (const item of items) {
      const li = document.createElement('li');
      li.textContent = item;
      list.append(li);
    }
    status.append(list);
  }
}

async function call(method, path, body) {
  const res = await fetch(API + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  let data = null;
  try { data = await res.json(); } catch { /* no body */ }
  return { status: res.status, data };
}

const allowed = (role) => Object.keys(VIEWS).filter((v) => VIEWS[v].roles.includes(role));

/** Where to go after login: only a path of this site, never another site. */
function nextPath() {
  const next = new URLSearchParams(location.search).get('next');
  return next && /^\/admin\/[A-Za-z0-9/._-]*(\?[A-Za-z0-9=&%._-]*)?$/.test(next) && !next.startsWith('/admin/api') ? next : null;
}

function renderMenu() {
  const items = $('menu-items');
  items.replaceChildren();
  const views = me.mustChangePassword ? ['account'] : allowed(me.role);
  for (const view of views) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `#${view}`;
    a.textContent = VIEWS[view].label;
    a.dataset.view = view;
    li.append(a);
    items.append(li);
  }
  if (!me.mustChangePassword) {
    for (const link of LINKS.filter((l) => l.roles.includes(me.role))) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.label;
      li.append(a);
      items.append(li);
    }
  }
  $('who').textContent = `${me.email} (${ROLE_NAMES[me.role] ?? me.role})`;
  $('menu').hidden = false;
}

let showing = 0;
async function show(view) {
  const views = me.mustChangePassword ? ['account'] : allowed(me.role);
  if (!views.includes(view)) view = views[0] ?? 'account';
  if (location.hash !== `#${view}`) history.replaceState(null, '', `#${view}`);
  for (const a of document.querySelectorAll('#menu-items a[data-view]')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const ticket = ++showing;
  const root = $('view');
  root.replaceChildren();
  root.hidden = false;
  $('login-section').hidden = true;
  document.title = `${VIEWS[view].label} – Naast beheer`;
  try {
    const module = await import(VIEWS[view].file);
    if (ticket !== showing) return;
    await module.mount(root, ctx);
  } catch (err) {
    say('Dit onderdeel kon niet laden. Ververs de pagina of probeer het later opnieuw.');
    console.error(err);
    return;
  }
  if (ticket !== showing) return;
  const heading = root.querySelector('h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

const ctx = {
  call,
  say,
  get me() { return me; },
  // A view may have changed what the menu offers (a new password ends the password-only mode).
  go: (view) => {
    renderMenu();
    return show(view ?? allowed(me.role)[0]);
  },
};

async function enter() {
  const res = await call('GET', '/me');
  if (res.status !== 200) return false;
  me = res.data;
  renderMenu();
  const next = nextPath();
  if (next && !me.mustChangePassword) {
    location.assign(next);
    return true;
  }
  await show(location.hash.slice(1));
  return true;
}

$('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = { email: $('email').value, password: $('password').value };
  if (!$('code-row').hidden && $('code').value) body.code = $('code').value.trim();
  const res = await call('POST', '/login', body);
  if (res.status === 200) {
    $('password').value = '';
    $('code').value = '';
    $('code-row').hidden = true;
    say(res.data?.mustChangePassword ? 'U bent ingelogd. Kies eerst een eigen wachtwoord.' : 'U bent ingelogd.');
    await enter();
    return;
  }
  if (res.data?.totpRequired) {
    $('code-row').hidden = false;
    $('code').focus();
  }
  say(res.data?.error ?? 'Inloggen lukte niet. Probeer het opnieuw.');
});

$('logout').addEventListener('click', async () => {
  await call('POST', '/logout', {});
  me = null;
  $('menu').hidden = true;
  $('view').hidden = true;
  $('view').replaceChildren();
  $('login-section').hidden = false;
  history.replaceState(null, '', '/admin/');
  say('U bent uitgelogd.');
  $('login-title').focus();
});

window.addEventListener('hashchange', () => { if (me) void show(location.hash.slice(1)); });

void enter();
