// Users (view `users`, administrators): who has access, inviting someone with a one-time password,
// a new password or removal (each with a confirm step in the page), and the audit log. Text only.
import { addStyles, el, ROLE_NAMES, when } from './dom.js';

const formatTime = (iso) => (iso ? when(iso, 'medium') : '');

const roleName = (role) => Object.entries(ROLE_NAMES).find(([id]) => id === role)?.[1] ?? role;

/** Audit actions in plain Dutch; the stored name stays visible, as it is in the CSV. */
const ACTIONS = {
  'logged in': 'Ingelogd',
  'password changed': 'Wachtwoord gewijzigd',
  'totp enabled': 'Code-app aangezet',
  'totp disabled': 'Code-app uitgezet',
  'case viewed': 'Zaak bekeken',
  'user created': 'Gebruiker uitgenodigd',
  'user removed': 'Gebruiker verwijderd',
  'password reset': 'Nieuw wachtwoord gemaakt',
  'pool draft saved': 'Concept organisaties opgeslagen',
  'pool published': 'Organisaties gepubliceerd',
  'pool rolled back': 'Organisaties teruggezet',
  'draft saved': 'Concept gesprek opgeslagen',
  published: 'Gesprek gepubliceerd',
  'rolled back': 'Gesprek teruggezet',
};

/** Names of detail fields in the table; the CSV keeps the stored ones. */
const DETAIL_NAMES = { version: 'versie', from: 'van versie', to: 'naar versie', email: 'e-mail', role: 'rol', organisation: 'organisatie' };

const AUDIT_ROWS = 200;

/** A table whose cells carry their column name, so narrow screens can show each row as a block. */
function table(caption, headers, rows) {
  return el('table', { class: 'us-table' },
    el('caption', { class: 'us-vh', text: caption }),
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((cell, i) => el('td', { 'data-label': headers[i] }, cell))))));
}

/** The details column: the change lines when there are some, else the other fields briefly. */
function auditDetail(entry) {
  const { changes, changeCount: _count, ...rest } = entry.detail ?? {};
  const parts = [];
  if (entry.tree) parts.push(`gesprek: ${entry.tree}`);
  for (const [key, value] of Object.entries(rest)) {
    const shown = key === 'role' ? roleName(value) : typeof value === 'object' ? JSON.stringify(value) : String(value);
    parts.push(`${DETAIL_NAMES[key] ?? key}: ${shown.length > 200 ? `${shown.slice(0, 199)}…` : shown}`);
  }
  if (!parts.length && !(Array.isArray(changes) && changes.length)) return '';
  const out = el('div');
  if (parts.length) out.append(el('p', { text: parts.join(', ') }));
  // The server already ends a cut-short list with a line "… en nog N wijzigingen".
  if (Array.isArray(changes) && changes.length) out.append(el('ul', {}, ...changes.map((line) => el('li', { text: String(line) }))));
  return out;
}

export async function mount(root, ctx) {
  addStyles('users');
  const organisations = new Map();
  const orgs = await ctx.call('GET', '/pool');
  for (const org of orgs.status === 200 ? orgs.data.pool.organisations : []) organisations.set(org.id, org.name);

  // Invite form.
  const email = el('input', { id: 'invite-email', type: 'email', autocomplete: 'off', required: true });
  const emailError = el('span', { id: 'invite-email-error', class: 'us-error', hidden: true });
  const emailProblem = (text) => {
    emailError.textContent = text ?? '';
    emailError.hidden = !text;
    if (text) {
      email.setAttribute('aria-invalid', 'true');
      email.setAttribute('aria-describedby', emailError.id);
    } else {
      email.removeAttribute('aria-invalid');
      email.removeAttribute('aria-describedby');
    }
  };
  const role = el('select', { id: 'invite-role' }, ...Object.entries(ROLE_NAMES).map(([id, name]) => el('option', { value: id, text: name, selected: id === 'editor' })));
  const organisation = el('select', { id: 'invite-organisation' },
    ...[...organisations].map(([id, name]) => el('option', { value: id, text: name })));
  const orgRow = el('p', { hidden: true }, el('label', { for: organisation.id, text: 'Organisatie' }), el('br'), organisation);
  const invite = el('form', { novalidate: true, 'aria-labelledby': 'invite-title' },
    el('h2', { id: 'invite-title', text: 'Iemand uitnodigen' }),
    el('p', {}, el('label', { for: email.id, text: 'E-mailadres' }), el('br'), email, emailError),
    el('p', {}, el('label', { for: role.id, text: 'Rol' }), el('br'), role),
    orgRow,
    el('p', {}, el('button', { type: 'submit', text: 'Uitnodigen' })));
  role.addEventListener('change', () => { orgRow.hidden = role.value !== 'supporter'; });

  // Where a one-time password shows, once: it is gone on the next action or visit.
  const secret = el('div', { class: 'us-secret', hidden: true });
  const usersTitle = el('h2', { id: 'users-title', tabindex: '-1', text: 'Wie heeft toegang' });
  const usersBox = el('div');
  const confirmBox = el('div');
  const auditTitle = el('h2', { id: 'audit-title', text: 'Auditlog' });
  const auditBox = el('div');
  root.append(
    el('h1', { tabindex: '-1', text: 'Gebruikers' }),
    invite, secret,
    el('section', { 'aria-labelledby': usersTitle.id }, usersTitle, usersBox, confirmBox),
    el('section', { 'aria-labelledby': auditTitle.id }, auditTitle,
      el('p', {}, `De nieuwste ${AUDIT_ROWS} regels. Alles: `, el('a', { href: '/admin/api/audit?format=csv', download: 'naast-audit.csv', text: 'Download als CSV' }), '.'),
      auditBox));

  function showSecret(address, password, why) {
    const field = el('input', { id: 'one-time-password', type: 'text', readonly: true, value: password, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'one-time-help' });
    secret.replaceChildren(
      el('h3', { text: `Eenmalig wachtwoord voor ${address}` }),
      el('p', { text: why }),
      el('p', {}, el('label', { for: field.id, text: 'Eenmalig wachtwoord' }), el('br'), field),
      el('p', { id: 'one-time-help', class: 'us-help', text: 'Geef dit wachtwoord persoonlijk door. Bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.' }),
      el('p', { class: 'us-help', text: 'U ziet het wachtwoord maar één keer.' }));
    secret.hidden = false;
    field.focus();
    field.select();
  }
  const hideSecret = () => {
    secret.hidden = true;
    secret.replaceChildren();
  };

  async function loadUsers() {
    const res = await ctx.call('GET', '/users');
    const users = res.status === 200 ? res.data : [];
    users.sort((a, b) => a.email.localeCompare(b.email));
    usersBox.replaceChildren(table('Gebruikers', ['E-mailadres', 'Rol', 'Organisatie', 'Inloggen', 'Aangemaakt', 'Acties'], users.map((u) => {
      const actions = el('div', { class: 'us-row-actions' });
      const reset = el('button', { type: 'button' }, 'Nieuw wachtwoord', el('span', { class: 'us-vh', text: ` voor ${u.email}` }));
      reset.addEventListener('click', () => confirmStep(reset, `Een nieuw wachtwoord maken voor ${u.email}? Het oude wachtwoord werkt dan niet meer, en de code-app staat uit tot de gebruiker die opnieuw instelt.`, 'Ja, maak een nieuw wachtwoord', async () => {
        const r = await ctx.call('POST', `/users/${encodeURIComponent(u.email)}/reset`, {});
        if (r.status !== 200) return ctx.say(r.data?.error ?? 'Dat lukte niet.');
        await refresh();
        showSecret(r.data.email, r.data.password, 'Het oude wachtwoord werkt niet meer.');
        ctx.say(`Er is een nieuw eenmalig wachtwoord voor ${r.data.email}.`);
      }));
      actions.append(reset);
      if (u.email !== ctx.me?.email) {
        const remove = el('button', { type: 'button' }, 'Verwijderen', el('span', { class: 'us-vh', text: ` ${u.email}` }));
        remove.addEventListener('click', () => confirmStep(remove, `${u.email} verwijderen? Deze persoon kan dan niet meer inloggen.`, `Ja, verwijder ${u.email}`, async () => {
          const r = await ctx.call('DELETE', `/users/${encodeURIComponent(u.email)}`);
          if (r.status !== 200) return ctx.say(r.data?.error ?? 'Verwijderen lukte niet.');
          await refresh();
          usersTitle.focus();
          ctx.say(`${u.email} is verwijderd.`);
        }));
        actions.append(remove);
      }
      const state = u.mustChangePassword ? 'kiest nog een eigen wachtwoord' : u.totp ? 'met code-app' : 'met wachtwoord';
      return [u.email, roleName(u.role), u.organisation ? organisations.get(u.organisation) ?? u.organisation : '', state, formatTime(u.createdAt), actions];
    })));
  }

  /** The confirm step in the page: what will happen, then the action or "Annuleren". */
  function confirmStep(trigger, question, yesText, action) {
    hideSecret();
    const yes = el('button', { type: 'button', text: yesText });
    const no = el('button', { type: 'button', text: 'Annuleren' });
    confirmBox.replaceChildren(el('div', { class: 'us-confirm', role: 'group', 'aria-label': 'Bevestigen' }, el('p', { text: question }), el('p', {}, yes, no)));
    yes.focus();
    no.addEventListener('click', () => {
      confirmBox.replaceChildren();
      trigger.focus();
    });
    yes.addEventListener('click', async () => {
      confirmBox.replaceChildren();
      await action();
    });
  }

  async function loadAudit() {
    const res = await ctx.call('GET', '/audit');
    const entries = (res.status === 200 ? res.data : []).slice(-AUDIT_ROWS).reverse();
    auditBox.replaceChildren(entries.length === 0 ? el('p', { text: 'Nog niets gebeurd.' }) : table('Auditlog', ['Wanneer', 'Wie', 'Wat', 'Details'], entries.map((e) => [
      formatTime(e.at), e.user, el('span', {}, ACTIONS[e.action] ?? e.action, ...(ACTIONS[e.action] ? [el('br'), el('span', { class: 'us-code', text: e.action })] : [])), auditDetail(e),
    ])));
  }
  const refresh = () => Promise.all([loadUsers(), loadAudit()]);

  invite.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideSecret();
    confirmBox.replaceChildren();
    const body = { email: email.value.trim(), role: role.value, ...(role.value === 'supporter' ? { organisation: organisation.value } : {}) };
    const res = await ctx.call('POST', '/users', body);
    if (res.status === 201) {
      email.value = '';
      emailProblem(null);
      await refresh();
      showSecret(res.data.email, res.data.password, `${res.data.email} is uitgenodigd als ${roleName(res.data.role)}.`);
      ctx.say(`${res.data.email} is uitgenodigd. Het eenmalige wachtwoord staat hieronder.`);
      return;
    }
    const problem = res.status === 409 ? 'Er is al een gebruiker met dit e-mailadres.' : res.status === 400 ? 'Vul een geldig e-mailadres in.' : res.data?.error ?? 'Uitnodigen lukte niet.';
    emailProblem(problem);
    email.focus();
    ctx.say(`Niet uitgenodigd. ${problem}`);
  });

  await refresh();
}
