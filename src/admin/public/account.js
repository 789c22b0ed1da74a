// Mijn account: choose a new password, and turn two-step verification (a code from an app) on or off.
// Everything goes into the page as text or as a property (textContent, value, src), never as HTML.
import { addStyles, el } from './dom.js';

/** Where someone goes once they have chosen their own password. */
const FIRST_VIEW = { administrator: 'trees', editor: 'trees', supporter: 'cases', viewer: 'account' };
const MIN_LENGTH = 12;
const MAX_LENGTH = 1024;

/** A labelled input in its own paragraph; `attrs` are attributes such as autocomplete. */
function field(id, label, attrs, hint) {
  const row = el('p');
  const l = el('label', { text: label });
  l.htmlFor = id;
  const input = el('input');
  input.id = id;
  input.name = id;
  for (const [name, value] of Object.entries(attrs)) input.setAttribute(name, value);
  row.append(l, el('br'), input);
  if (hint) {
    const h = el('span', { text: hint });
    h.id = `${id}-hint`;
    h.className = 'hint';
    input.setAttribute('aria-describedby', h.id);
    row.append(el('br'), h);
  }
  return { row, input };
}

/** Password managers link a password to its account by a username field, hidden here. */
function usernameField(id, email) {
  const input = el('input');
  input.id = id;
  input.type = 'email';
  input.autocomplete = 'username';
  input.value = email;
  input.readOnly = true;
  input.hidden = true;
  return input;
}

function heading(level, text) {
  const h = el(`h${level}`, { text });
  h.tabIndex = -1;
  return h;
}

const codeAttrs = { type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9 ]{6,7}', maxlength: '7', required: '' };
/** Apps show "123 456"; the server wants the six digits. */
const digits = (value) => value.replace(/\s/g, '');
/** The secret in groups of four, easier to type over. */
const grouped = (secret) => secret.replace(/(.{4})(?=.)/g, '$1 ');

function passwordSection(ctx, me) {
  const section = el('section');
  const title = heading(2, 'Wachtwoord wijzigen');
  title.id = 'account-password-title';
  section.setAttribute('aria-labelledby', title.id);
  const form = el('form');
  form.noValidate = true;
  const current = field('account-current', 'Huidig wachtwoord', { type: 'password', autocomplete: 'current-password', required: '' });
  const next = field('account-new', 'Nieuw wachtwoord', { type: 'password', autocomplete: 'new-password', required: '', minlength: String(MIN_LENGTH) },
    'Minstens 12 tekens. Een zin van een paar woorden is goed te onthouden.');
  const repeat = field('account-repeat', 'Herhaal het nieuwe wachtwoord', { type: 'password', autocomplete: 'new-password', required: '' });
  const actions = el('p');
  const save = el('button', { text: 'Wachtwoord opslaan' });
  save.type = 'submit';
  actions.append(save);
  form.append(usernameField('account-username', me.email), current.row, next.row, repeat.row, actions);
  section.append(title, form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = (input, text) => { input.setAttribute('aria-invalid', 'true'); input.focus(); ctx.say(text); };
    for (const f of [current, next, repeat]) f.input.removeAttribute('aria-invalid');
    const chosen = next.input.value;
    const length = [...chosen].length;
    if (!current.input.value) return problem(current.input, 'Vul uw huidige wachtwoord in.');
    if (length < MIN_LENGTH) return problem(next.input, `Het nieuwe wachtwoord is te kort. Kies minstens ${MIN_LENGTH} tekens.`);
    if (length > MAX_LENGTH) return problem(next.input, `Het nieuwe wachtwoord is te lang. Kies hoogstens ${MAX_LENGTH} tekens.`);
    if (chosen !== repeat.input.value) return problem(repeat.input, 'De twee nieuwe wachtwoorden zijn niet gelijk. Typ ze nog een keer.');
    save.disabled = true;
    try {
      const res = await ctx.call('POST', '/password', { current: current.input.value, next: chosen });
      if (res.status !== 200) {
        if (res.status === 401) current.input.setAttribute('aria-invalid', 'true');
        ctx.say(res.data?.error ?? 'Het wachtwoord opslaan lukte niet. Probeer het opnieuw.');
        return;
      }
      for (const f of [current, next, repeat]) f.input.value = '';
      if (ctx.me.mustChangePassword) {
        ctx.me.mustChangePassword = false;
        ctx.say('Uw eigen wachtwoord is opgeslagen. U kunt nu verder.');
        await ctx.go(FIRST_VIEW[ctx.me.role] ?? 'account');
        return;
      }
      ctx.say('Uw nieuwe wachtwoord is opgeslagen. Op andere computers en telefoons bent u nu uitgelogd.');
    } finally {
      save.disabled = false;
    }
  });
  return section;
}

function totpSection(ctx, me) {
  const section = el('section');
  const title = heading(2, 'Tweestapsverificatie');
  title.id = 'account-totp-title';
  section.setAttribute('aria-labelledby', title.id);
  const body = el('div');
  section.append(title, body);

  /** Draws the section anew after a change, and puts the focus back at its start. */
  const redraw = (focus) => {
    body.replaceChildren(...(ctx.me.totp ? onParts() : offParts()));
    if (focus) title.focus();
  };

  function offParts() {
    const state = el('p', { text: 'Tweestapsverificatie staat uit.' });
    const why = el('p', { text: 'Met tweestapsverificatie vult u bij het inloggen ook een code in. Die code komt uit een app op uw telefoon, zoals Microsoft Authenticator of Google Authenticator. Zo kan niemand inloggen met alleen uw wachtwoord.' });
    const actions = el('p');
    const start = el('button', { text: 'Tweestapsverificatie aanzetten' });
    start.type = 'button';
    actions.append(start);
    start.addEventListener('click', async () => {
      start.disabled = true;
      const res = await ctx.call('POST', '/totp/setup', {});
      start.disabled = false;
      if (res.status !== 200) {
        ctx.say(res.data?.error ?? 'Dit lukte niet. Probeer het opnieuw.');
        return;
      }
      const setup = setupParts(res.data);
      body.replaceChildren(state, ...setup.parts);
      setup.focus.focus();
    });
    return [state, why, actions];
  }

  function setupParts({ secret, qr }) {
    const step = heading(3, 'Koppel de app aan Naast');
    const scan = el('p', { text: 'Open de app op uw telefoon en scan deze QR-code.' });
    const figure = el('p');
    const img = el('img');
    img.className = 'account-qr';
    img.src = qr;
    img.alt = 'QR-code om Naast toe te voegen aan uw app';
    figure.append(img);
    const manual = el('p', { text: 'Lukt scannen niet? Vul dan deze sleutel in de app in: ' });
    const key = el('code', { text: grouped(secret) });
    key.className = 'account-secret';
    manual.append(key);
    const form = el('form');
    form.noValidate = true;
    const code = field('account-totp-code', 'Code uit uw app (6 cijfers)', codeAttrs);
    const actions = el('p');
    const confirm = el('button', { text: 'Bevestigen' });
    confirm.type = 'submit';
    actions.append(confirm);
    form.append(code.row, actions);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!/^\d{6}$/.test(digits(code.input.value))) {
        code.input.setAttribute('aria-invalid', 'true');
        code.input.focus();
        ctx.say('Vul de 6 cijfers uit uw app in.');
        return;
      }
      confirm.disabled = true;
      const res = await ctx.call('POST', '/totp/enable', { code: digits(code.input.value) });
      confirm.disabled = false;
      if (res.status !== 200) {
        code.input.setAttribute('aria-invalid', 'true');
        code.input.focus();
        ctx.say(res.data?.error ?? 'Dit lukte niet. Probeer het opnieuw.');
        return;
      }
      ctx.me.totp = true;
      ctx.say('Tweestapsverificatie staat aan. Vanaf nu vraagt Naast bij het inloggen om een code uit uw app.');
      redraw(true);
    });
    return { parts: [step, scan, figure, manual, form], focus: step };
  }

  function onParts() {
    const state = el('p', { text: 'Tweestapsverificatie staat aan. Bij het inloggen vult u een code uit uw app in.' });
    const form = el('form');
    form.noValidate = true;
    const offTitle = heading(3, 'Tweestapsverificatie uitzetten');
    const explain = el('p', { text: 'Vul uw wachtwoord en een code uit uw app in.' });
    const password = field('account-off-password', 'Wachtwoord', { type: 'password', autocomplete: 'current-password', required: '' });
    const code = field('account-off-code', 'Code uit uw app (6 cijfers)', codeAttrs);
    const actions = el('p');
    const off = el('button', { text: 'Uitzetten' });
    off.type = 'submit';
    actions.append(off);
    form.append(usernameField('account-off-username', me.email), password.row, code.row, actions);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!password.input.value) {
        password.input.focus();
        ctx.say('Vul uw wachtwoord in.');
        return;
      }
      if (!/^\d{6}$/.test(digits(code.input.value))) {
        code.input.focus();
        ctx.say('Vul de 6 cijfers uit uw app in.');
        return;
      }
      off.disabled = true;
      const res = await ctx.call('POST', '/totp/disable', { password: password.input.value, code: digits(code.input.value) });
      off.disabled = false;
      if (res.status !== 200) {
        ctx.say(res.data?.error ?? 'Uitzetten lukte niet. Probeer het opnieuw.');
        return;
      }
      password.input.value = '';
      ctx.me.totp = false;
      ctx.say('Tweestapsverificatie staat uit. U logt nu in met alleen uw wachtwoord.');
      redraw(true);
    });
    return [state, offTitle, explain, form];
  }

  redraw(false);
  return section;
}

/** Renders the view into `root`; the shell then focuses the <h1>. */
export async function mount(root, ctx) {
  addStyles('account');
  const me = ctx.me;
  root.append(heading(1, 'Mijn account'));
  root.append(el('p', { text: `U bent ingelogd als ${me.email}.` }));
  if (me.mustChangePassword) {
    // Until then the server refuses everything else, two-step verification included.
    root.append(el('p', { text: 'U bent ingelogd met een eenmalig wachtwoord. Kies eerst een eigen wachtwoord. Daarna kunt u verder.' }));
    root.append(passwordSection(ctx, me));
    return;
  }
  root.append(passwordSection(ctx, me), totpSection(ctx, me));
}
