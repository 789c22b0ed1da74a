// The pool editor (view `pool`): every organisation's form, a draft that is checked while typing,
// publish, and the published versions with what changed and a way back. Text only, never HTML.
import { addStyles, el, when } from './dom.js';
import { blankOrganisation, FIELD_LABELS, organisationForm } from './pool-org-form.js';

const formatTime = (iso) => (iso ? when(iso) : 'bij de start van Naast');

/** The schema's messages (src/pool/pool-schema.ts) in plain Dutch; anything else is shown as it is. */
const MESSAGES = [
  [/^invalid phone number$/, () => 'Dit telefoonnummer klopt niet. Gebruik cijfers, spaties of streepjes, eventueel met + ervoor.'],
  [/^invalid e-mail$/, () => 'Dit e-mailadres klopt niet.'],
  [/^website must be an https URL$/, () => 'Het webadres moet beginnen met https://.'],
  [/^name is empty$/, () => 'Vul een naam in.'],
  [/^Dutch text \(nl\) is empty$/, () => 'Vul de Nederlandse tekst in.'],
  [/^English text \(en\) is empty$/, () => 'Vul de Engelse tekst in.'],
  [/at least one life domain/, () => 'Kies minstens één levensgebied.'],
  [/at least one language/, () => 'Kies minstens één taal.'],
  [/use \["everyone"\]/, () => 'Kies minstens één doelgroep (of "Iedereen").'],
  [/at least one way of working/, () => 'Kies minstens één manier van werken.'],
  [/lower_snake_case/, () => 'Gebruik kleine letters, cijfers en _ en begin met een letter, bijvoorbeeld mee_de_wering.'],
  [/^duplicate id/, () => 'Deze code heeft een andere organisatie al.'],
  [/^no label for language "(.*)"/, (m) => `Naast kent de taal "${m[1]}" nog niet.`],
  [/two-letter ISO 639-1/, () => 'Gebruik een taalcode van twee letters, bijvoorbeeld nl of tr.'],
  [/contains a value twice/, () => 'Een keuze staat er twee keer in.'],
  [/a complaint desk must be independent/, () => 'Een klachtenloket moet onafhankelijk zijn.'],
  [/at least one active independent/, () => 'Er moet minstens één actieve, onafhankelijke organisatie zijn.'],
  [/the pool has no organisations/, () => 'Er moet minstens één organisatie zijn.'],
];
function dutch(message) {
  for (const [pattern, say] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return message;
}

/** Sets aria-describedby to the help text plus whatever extra notes (error, hint) show now. */
function describe(control, ...ids) {
  const all = [control.dataset.describedby, ...ids].filter(Boolean);
  if (all.length) control.setAttribute('aria-describedby', all.join(' '));
  else control.removeAttribute('aria-describedby');
}

export async function mount(root, ctx) {
  addStyles('pool-editor');
  const heading = el('h1', { tabindex: '-1', text: 'Organisaties in de pool' });
  const intro = el('p');
  const draftNote = el('p', { class: 'pe-note', hidden: true });
  const liveButton = el('button', { type: 'button', text: 'Laad de live versie' });
  const general = el('ul', { class: 'errors', id: 'pool-errors', hidden: true });
  const list = el('ul', { class: 'pe-org-list' });
  const addButton = el('button', { type: 'button', text: 'Organisatie toevoegen' });
  const saveButton = el('button', { type: 'submit', text: 'Concept opslaan' });
  const publishButton = el('button', { type: 'button', text: 'Publiceren' });
  const form = el('form', { novalidate: true, 'aria-labelledby': 'pool-orgs-title' },
    el('h2', { id: 'pool-orgs-title', text: 'Organisaties' }),
    el('p', { class: 'pe-help', text: 'Open een organisatie om haar gegevens te wijzigen. Een organisatie weghalen kan niet: zet haar op niet actief. Zaken die ze al heeft, blijven bij haar.' }),
    general, list,
    el('p', {}, addButton),
    el('p', { class: 'pe-actions' }, saveButton, publishButton));
  const versionsTitle = el('h2', { id: 'pool-versions-title', tabindex: '-1', text: 'Versies' });
  const versionList = el('ul', { class: 'pe-versions' });
  root.append(heading, intro, draftNote, form, el('section', { 'aria-labelledby': versionsTitle.id }, versionsTitle, versionList));

  let pool = null;
  let fields = new Map();
  let isNew = new Set();
  /** Fields the user changed; the live check only speaks about those (and errors already shown). */
  let touched = new Set();
  let shown = new Set();
  let checkTimer = 0;
  let ticket = 0;

  const fieldKey = (path) => {
    const parts = path.split('.');
    if (parts[0] !== 'organisations' || parts.length < 3) return null;
    const i = parts[1];
    if (fields.has(`${i}.${parts[2]}.${parts[3]}`)) return `${i}.${parts[2]}.${parts[3]}`;
    return fields.has(`${i}.${parts[2]}`) ? `${i}.${parts[2]}` : null;
  };
  const orgName = (i) => pool.organisations[Number(i)]?.name.trim() || 'Nieuwe organisatie';

  /** Puts each error next to its field (aria-invalid, aria-describedby); returns summary lines. */
  function showErrors(errors, { all }) {
    const byField = new Map();
    const rest = [];
    for (const { path, message } of errors) {
      const key = fieldKey(path);
      if (key) byField.set(key, [...(byField.get(key) ?? []), dutch(message)]);
      else rest.push(dutch(message));
    }
    const keep = all ? null : new Set([...touched, ...shown]);
    shown = new Set();
    for (const [key, field] of fields) {
      const messages = keep && !keep.has(key) ? [] : byField.get(key) ?? [];
      field.error.textContent = messages.join(' ');
      field.error.hidden = messages.length === 0;
      const isBox = field.control.tagName !== 'FIELDSET';
      if (messages.length) {
        shown.add(key);
        if (isBox) field.control.setAttribute('aria-invalid', 'true');
        // After a save every error must be in sight, also in organisations that were closed.
        if (all) field.details.open = true;
        field.control.classList.add('pe-invalid');
      } else {
        field.control.removeAttribute('aria-invalid');
        field.control.classList.remove('pe-invalid');
      }
      describe(field.control, messages.length ? field.error.id : null, field.hint && !field.hint.hidden ? field.hint.id : null);
    }
    if (all) {
      general.replaceChildren(...rest.map((m) => el('li', { text: m })));
      general.hidden = rest.length === 0;
    }
    const lines = [...rest];
    for (const [key, messages] of byField) {
      const [i, ...field] = key.split('.');
      lines.push(`${orgName(i)} – ${FIELD_LABELS[field.join('.')] ?? field.join('.')}: ${messages.join(' ')}`);
    }
    return { lines, first: [...fields.entries()].find(([key]) => byField.has(key))?.[1] };
  }

  /** B1 hints under the resident-facing texts. */
  function showHints(hints) {
    const byField = new Map();
    for (const { path, message } of hints ?? []) {
      const key = fieldKey(path);
      if (key) byField.set(key, [...(byField.get(key) ?? []), message]);
    }
    for (const [key, field] of fields) {
      if (!field.hint) continue;
      const messages = byField.get(key) ?? [];
      field.hint.textContent = messages.length ? `Tip voor leesbaarheid: ${messages.join(' ')}` : '';
      field.hint.hidden = messages.length === 0;
      describe(field.control, shown.has(key) ? field.error.id : null, messages.length ? field.hint.id : null);
    }
  }

  async function check() {
    const mine = ++ticket;
    const res = await ctx.call('POST', '/pool/check', pool);
    if (mine !== ticket || res.status !== 200) return;
    showErrors(res.data.errors ?? [], { all: false });
    showHints(res.data.hints);
  }
  const scheduleCheck = () => {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void check(), 600);
  };

  function addForm(org, i) {
    const { element, fields: own } = organisationForm(org, i, {
      labels: pool.labels,
      isNew: isNew.has(i),
      onInput: (key) => {
        touched.add(`${i}.${key}`);
        scheduleCheck();
      },
    });
    for (const [key, field] of own) fields.set(`${i}.${key}`, field);
    list.append(el('li', {}, element));
    return element;
  }

  function render(next) {
    pool = structuredClone(next);
    fields = new Map();
    isNew = new Set();
    touched = new Set();
    shown = new Set();
    list.replaceChildren();
    general.hidden = true;
    pool.organisations.forEach((org, i) => addForm(org, i));
    void check();
  }

  async function loadIntro() {
    const [live, draft] = await Promise.all([ctx.call('GET', '/pool'), ctx.call('GET', '/pool/draft')]);
    intro.textContent = `Versie ${live.data.version} is live: die organisaties biedt Naast nu aan.`;
    return { live: live.data, draft: draft.status === 200 ? draft.data : null };
  }
  function noteDraft(draft, showing) {
    draftNote.hidden = !draft;
    if (!draft) return;
    draftNote.replaceChildren(
      showing
        ? `U ziet het concept van ${draft.savedBy}, opgeslagen ${formatTime(draft.savedAt)}. Het is nog niet live. `
        : `Er staat een concept van ${draft.savedBy} klaar (${formatTime(draft.savedAt)}). Als u opslaat, vervangt u dat concept. `,
      ...(showing ? [liveButton] : []),
    );
  }

  async function save() {
    clearTimeout(checkTimer);
    ticket++;
    const res = await ctx.call('PUT', '/pool/draft', pool);
    if (res.status === 200) {
      showErrors([], { all: true });
      return true;
    }
    if (res.status === 422) {
      const { lines, first } = showErrors(res.data.errors ?? [], { all: true });
      // A group of checkboxes cannot take focus itself: its first box does.
      (first?.control.tagName === 'FIELDSET' ? first.control.querySelector('input') : first?.control)?.focus();
      ctx.say('Het concept is niet opgeslagen. Verbeter eerst:', lines);
      return false;
    }
    ctx.say(res.data?.error ?? 'Opslaan lukte niet. Probeer het opnieuw.');
    return false;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!(await save())) return;
    const { draft } = await loadIntro();
    noteDraft(draft, true);
    ctx.say('Het concept is opgeslagen en klopt. Het is nog niet live: kies Publiceren.');
  });

  publishButton.addEventListener('click', async () => {
    if (!(await save())) return;
    const res = await ctx.call('POST', '/pool/publish', {});
    if (res.status !== 200) {
      ctx.say(res.data?.error ?? 'Publiceren lukte niet.', (res.data?.errors ?? []).map((e) => dutch(e.message)));
      return;
    }
    // Shown anew from what is live now: new organisations' codes cannot be changed any more.
    const { live } = await loadIntro();
    render(live.pool);
    noteDraft(null);
    await loadVersions();
    ctx.say(`Gepubliceerd als versie ${res.data.version}. Naast biedt deze organisaties nu aan.`);
  });

  addButton.addEventListener('click', () => {
    const i = pool.organisations.length;
    pool.organisations.push(blankOrganisation());
    isNew.add(i);
    const element = addForm(pool.organisations[i], i);
    element.querySelector('input').focus();
    ctx.say('Er staat een nieuwe organisatie onderaan de lijst. Vul de gegevens in en sla het concept op.');
  });

  liveButton.addEventListener('click', async () => {
    const { live, draft } = await loadIntro();
    render(live.pool);
    noteDraft(draft, false);
    ctx.say(`U ziet nu live versie ${live.version}. Het concept is er nog, tot u opslaat.`);
    heading.focus();
  });

  async function loadVersions() {
    const res = await ctx.call('GET', '/pool/versions');
    versionList.replaceChildren(...(res.status === 200 ? res.data : []).map(versionItem));
  }

  function versionItem(v) {
    const who = v.by.endsWith('(file)') ? 'uit het bestand data/pool.yaml' : `door ${v.by}`;
    const count = v.version === 1 ? '' : ` ${v.changes === 1 ? '1 wijziging' : `${v.changes} wijzigingen`}.`;
    const about = `Versie ${v.version}${v.live ? ' (live)' : ''}: ${who}, ${formatTime(v.at)}.${count}`;
    const panelId = `pool-version-${v.version}-changes`;
    const panel = el('div', { id: panelId, class: 'pe-changes', hidden: true });
    const show = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId }, 'Bekijk wijzigingen', el('span', { class: 'pe-vh', text: ` van versie ${v.version}` }));
    const item = el('li', {}, el('p', { text: about }), el('p', { class: 'pe-actions' }, show), panel);
    show.addEventListener('click', async () => {
      const open = show.getAttribute('aria-expanded') === 'true';
      if (!open) {
        const res = await ctx.call('GET', `/pool/versions/${v.version}`);
        const changes = res.status === 200 ? res.data.changes : [];
        panel.replaceChildren(changes.length ? el('ul', {}, ...changes.map((c) => el('li', { text: c.text }))) : el('p', { text: v.version === 1 ? 'De eerste versie: uit het bestand data/pool.yaml.' : 'Geen wijzigingen.' }));
      }
      panel.hidden = open;
      show.setAttribute('aria-expanded', String(!open));
    });
    if (!v.live) {
      const back = el('button', { type: 'button' }, 'Zet deze versie terug', el('span', { class: 'pe-vh', text: ` (versie ${v.version})` }));
      item.querySelector('.pe-actions').append(back);
      back.addEventListener('click', () => confirmRollback(item, back, v.version));
    }
    return item;
  }

  /** The confirm step, in the page: what happens, then "Ja" or "Annuleren". */
  function confirmRollback(item, trigger, version) {
    item.querySelector('.pe-confirm')?.remove();
    const yes = el('button', { type: 'button', text: `Ja, zet versie ${version} terug` });
    const no = el('button', { type: 'button', text: 'Annuleren' });
    const box = el('div', { class: 'pe-confirm', role: 'group', 'aria-label': `Versie ${version} terugzetten` },
      el('p', { text: `Versie ${version} wordt weer live. Nieuwe gesprekken krijgen de organisaties van die versie. Lopende zaken blijven bij hun organisatie.` }),
      el('p', {}, yes, no));
    item.append(box);
    yes.focus();
    no.addEventListener('click', () => {
      box.remove();
      trigger.focus();
    });
    yes.addEventListener('click', async () => {
      const res = await ctx.call('POST', '/pool/rollback', { version });
      if (res.status !== 200) {
        ctx.say(res.data?.error ?? 'Terugzetten lukte niet.', (res.data?.errors ?? []).map((e) => dutch(e.message)));
        return;
      }
      const { live, draft } = await loadIntro();
      render(live.pool);
      noteDraft(draft, false);
      await loadVersions();
      versionsTitle.focus();
      ctx.say(`Versie ${version} is weer live.`);
    });
  }

  const { live, draft } = await loadIntro();
  render(draft ? draft.pool : live.pool);
  noteDraft(draft, Boolean(draft));
  await loadVersions();
}
