// The dialog tree as a form (for tree-editor.js): one open-and-close section per step with its texts in
// Dutch and English side by side, its buttons and where each leads; then the fixed texts, the life
// domains and the other languages. Edits change the tree object in place. Text only, never HTML.
import { el, plural } from './dom.js';

const slug = (s) => String(s).replace(/[^A-Za-z0-9_-]+/g, '-');

/** The kinds of steps, in words an editor knows. */
export const KINDS = {
  message: ['Bericht', 'Naast zegt deze tekst en gaat meteen door naar de volgende stap.'],
  question: ['Vraag', 'Naast stelt een vraag en de inwoner typt een antwoord. Snelle antwoorden zijn knoppen waarmee de inwoner het typen overslaat.'],
  choice: ['Keuze', 'Naast stelt een vraag met knoppen. De inwoner kiest een knop of typt het nummer.'],
  classify: ['Onderwerp herkennen', 'Naast leest het verhaal van de inwoner en zoekt de levensdomeinen. Bij een crisis, een klacht of een vraag buiten ons werk gaat het gesprek een andere kant op.'],
  confirm_domains: ['Onderwerpen bevestigen', 'Naast noemt de gevonden onderwerpen ({domains}) en vraagt of dat klopt.'],
  choose_organisation: ['Organisatie kiezen', 'Naast laat de organisaties zien die passen ({organisations}). De inwoner kiest er een.'],
  consent: ['Toestemming', 'Naast vraagt of de vraag doorgegeven mag worden. Zonder "ja" gaat er niets weg.'],
  handoff: ['Doorgeven', 'Naast maakt de zaak en stuurt die naar de gekozen organisatie. De inwoner krijgt een nummer.'],
  goto: ['Ga naar', 'Gaat meteen door naar een andere stap.'],
  end: ['Einde', 'Naast zegt deze tekst. Daarna is het gesprek klaar.'],
};

/** Texts a step may have, in the order they are shown. */
const TEXT_FIELDS = [
  ['text', 'Tekst'],
  ['yes', 'Knop "ja"', true],
  ['no', 'Knop "nee"', true],
  ['pick', 'Vraag als de inwoner zelf kiest'],
  ['dontKnow', 'Knop "weet ik niet"', true],
  ['noPreference', 'Knop "geen voorkeur"', true],
  ['infoOnly', 'Knop "alleen informatie"', true],
  ['chosen', 'Tekst na "geen voorkeur"'],
  ['invalid', 'Als het antwoord niet klopt'],
  ['summary', 'Kort label in de e-mail aan de ondersteuner', true],
];

/** Where a step can lead, by field; the classify branches may be empty. */
const TARGETS = [
  ['next', 'Daarna gaat het naar'],
  ['crisis', 'Bij een crisis gaat het naar'],
  ['complaint', 'Bij een klacht gaat het naar'],
  ['outOfScope', 'Bij een vraag buiten ons werk gaat het naar'],
  ['lowConfidence', 'Als Naast het onderwerp niet zeker weet, gaat het naar'],
  ['info', 'Bij "alleen informatie" gaat het naar'],
  ['refused', 'Bij "nee" gaat het naar'],
];
const OPTIONAL_TARGETS = ['crisis', 'complaint', 'outOfScope', 'lowConfidence'];

const VALIDATIONS = [
  ['text', 'Gewone tekst'],
  ['email', 'E-mailadres'],
  ['phone', 'Telefoonnummer'],
  ['postcode', 'Postcode'],
  ['contact', 'Telefoonnummer of e-mailadres'],
];

/** The fixed texts (tree.texts) in words an editor knows. */
const SYSTEM_TEXTS = {
  crisis: 'Bij een crisis (komt altijd eerst)', help: 'Uitleg bij "help"', human: 'Als iemand een mens wil spreken', stopped: 'Na "stop"',
  restarted: 'Na "opnieuw"', expired: 'Als het vorige gesprek te lang geleden is', status: 'Hoe de vraag ervoor staat', status_none: 'Nog geen vraag doorgegeven',
  language_choice: 'Vraag naar de taal', language_set: 'Taal gekozen', language_switched: 'Naast wisselt zelf naar Engels', media: 'Bij spraak, een foto of een bestand',
  empty: 'Leeg bericht', too_long: 'Te lang bericht', not_understood: 'Keuze niet begrepen', invalid: 'Antwoord niet goed te lezen', unknown_command: 'Onbekend woord',
  ended: 'Gesprek is klaar', error: 'Bij een storing', case_accepted: 'Zaak aangenomen', case_declined: 'Zaak afgewezen', case_closed: 'Zaak afgesloten',
  case_waiting: 'Organisatie reageert niet', supporter_message: 'Bericht van de ondersteuner', relayed: 'Bericht doorgestuurd', switched: 'Andere organisatie gekozen',
  erase_confirm: 'Vraag: echt alles wissen?', erase_done: 'Gegevens gewist', erase_cancelled: 'Wissen afgebroken',
};
const OTHER_LANGUAGES = { tr: ['Turks', 'ltr'], ar: ['Arabisch', 'rtl'], pl: ['Pools', 'ltr'], uk: ['Oekraïens', 'ltr'] };
const LANGS = { nl: 'Nederlands', en: 'English' };

/** The first words of a step's Dutch text, so the list says what the step is about. */
function snippet(node) {
  const text = node.text?.nl ?? '';
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}

/**
 * Which section and field an error of the schema or linter is about. Their messages start with the
 * path ("text.nl: …", "options.0.label.en: …") or name the field ("next leads to …", "option 'x' …").
 */
function locate(error, tree) {
  const { node, message } = error;
  const optionIndex = (n, id) => tree.nodes.find((x) => x.id === n)?.options?.findIndex((o) => o.id === id) ?? -1;
  if (node === '(tree)') {
    const path = /^([\w.]+): /.exec(message)?.[1]?.split('.') ?? [];
    if (path[0] === 'texts' && path[1]) return { node: `texts.${path[1]}`, field: 'text', lang: path[2] };
    if (path[0] === 'domains' && path[1]) return { node: `domains.${path[1]}`, field: 'name', lang: path[2] };
    if (path[0] === 'otherLanguages' && path[1]) return { node: 'otherLanguages', field: path[1], lang: path[1] };
    return { node };
  }
  if (node === '(texts)') {
    const key = /^(\w+): /.exec(message)?.[1];
    return key ? { node: `texts.${key}`, field: 'text' } : { node };
  }
  let m = /^option '([^']+)' leads to /.exec(message);
  if (m) return { node, field: `options.${optionIndex(node, m[1])}.next`, lang: '' };
  m = /^(\w+) leads to /.exec(message);
  if (m) return { node, field: m[1], lang: '' };
  m = /^option '([^']+)': /.exec(message);
  if (m) return { node, field: `options.${optionIndex(node, m[1])}.label` };
  m = /^([\w.]+): /.exec(message);
  if (m) {
    const path = m[1].split('.');
    const last = path.at(-1);
    if (last === 'nl' || last === 'en') return { node, field: path.slice(0, -1).join('.'), lang: last };
    return { node, field: path.join('.') };
  }
  return { node };
}

/** The section a finding belongs to: a step, or one of the tree-level groups. */
const sectionOf = (node) => (node.startsWith('texts.') ? 'texts' : node.startsWith('domains.') ? 'domains' : node);

/**
 * Builds the form for `tree`. `onChange` runs after every edit. Returns the element and
 * `show(errors, hints, say)`, which puts each finding under its field (or its step) and
 * returns the findings that belong to no field, with a Dutch text for each.
 */
export function treeForm(tree, { onChange, dutch }) {
  const fields = new Map(); // `${node}|${field}|${lang}` → { control, err, hint }
  const sections = new Map(); // section id → { details, marks, errors, hints, rebuild? }
  const container = el('div', { class: 'te-form' });

  const register = (node, field, lang, control, err, hint) => fields.set(`${node}|${field}|${lang}`, { control, err, hint });
  const unregister = (node) => {
    for (const key of [...fields.keys()]) if (key.startsWith(`${node}|`)) fields.delete(key);
  };

  /** One text in Dutch and English side by side (or one language for otherLanguages). */
  function textPair(node, field, legend, text, { short = false } = {}) {
    const pair = el('div', { class: 'te-pair' });
    for (const lang of ['nl', 'en']) {
      const id = `f-${slug(node)}-${slug(field)}-${lang}`;
      const control = el(short ? 'input' : 'textarea', { id, lang, class: 'te-text', ...(short ? { type: 'text' } : { rows: Math.min(8, Math.max(2, (text[lang] ?? '').split('\n').length + 1)) }) });
      control.value = text[lang] ?? '';
      const err = el('p', { class: 'te-error', id: `${id}-err` });
      const hint = el('div', { class: 'te-hint', id: `${id}-hint` });
      control.setAttribute('aria-describedby', `${err.id} ${hint.id}`);
      control.addEventListener('input', () => {
        text[lang] = control.value;
        onChange();
      });
      register(node, field, lang, control, err, hint);
      pair.append(el('div', { class: 'te-cell' }, el('label', { for: id, text: LANGS[lang] }), control, err, hint));
    }
    return el('fieldset', { class: 'te-field' }, el('legend', { text: legend }), pair);
  }

  /** A step to go to; optional ones can be left empty. */
  function targetSelect(node, field, label, owner, key, optional) {
    const id = `f-${slug(node)}-${slug(field)}`;
    const select = el('select', { id });
    if (optional) select.append(el('option', { value: '', text: '(geen: gewoon verder)' }));
    for (const n of tree.nodes) select.append(el('option', { value: n.id, text: `${n.id} (${KINDS[n.kind]?.[0] ?? n.kind})` }));
    select.value = owner[key] ?? '';
    const err = el('p', { class: 'te-error', id: `${id}-err` });
    select.setAttribute('aria-describedby', err.id);
    select.addEventListener('change', () => {
      if (select.value) owner[key] = select.value;
      else delete owner[key];
      onChange();
    });
    register(node, field, '', select, err, err);
    return el('p', { class: 'te-select' }, el('label', { for: id, text: label }), select, err);
  }

  const meta = (label, value) => el('p', { class: 'te-meta' }, `${label}: `, el('code', { text: value }));

  /** A step's options: label in both languages and where it leads; buttons can be added and removed. */
  function optionsBlock(node, body) {
    const block = el('div', { class: 'te-options' });
    const title = node.kind === 'choice' ? 'Knoppen' : 'Snelle antwoorden (knoppen)';
    block.append(el('h3', { class: 'te-options-title', text: title }));
    (node.options ?? []).forEach((option, i) => {
      const remove = el('button', { type: 'button', class: 'te-small', text: 'Knop weghalen' }, el('span', { class: 'vh', text: ` (knop ${i + 1} van stap ${node.id})` }));
      remove.disabled = node.kind === 'choice' && node.options.length <= 1;
      remove.addEventListener('click', () => {
        node.options.splice(i, 1);
        if (node.options.length === 0) delete node.options;
        body.rebuild(`f-${slug(node.id)}-add-option`);
        onChange();
      });
      block.append(
        el('fieldset', { class: 'te-option' },
          el('legend', { text: `Knop ${i + 1}` }),
          meta('Code van het antwoord', option.id),
          textPair(node.id, `options.${i}.label`, 'Tekst op de knop', option.label, { short: true }),
          targetSelect(node.id, `options.${i}.next`, 'Gaat naar', option, 'next', false),
          remove),
      );
    });
    const add = el('button', { type: 'button', class: 'te-small', id: `f-${slug(node.id)}-add-option`, text: 'Knop toevoegen' }, el('span', { class: 'vh', text: ` (stap ${node.id})` }));
    add.addEventListener('click', () => {
      const taken = new Set((node.options ?? []).map((o) => o.id));
      let n = (node.options?.length ?? 0) + 1;
      while (taken.has(`option_${n}`)) n++;
      const last = node.options?.at(-1);
      node.options = [...(node.options ?? []), { id: `option_${n}`, label: { nl: '', en: '' }, next: last?.next ?? node.next ?? tree.start }];
      body.rebuild(`f-${slug(node.id)}-options-${node.options.length - 1}-label-nl`);
      onChange();
    });
    block.append(el('p', {}, add));
    return block;
  }

  /** The inside of one step's section; rebuilt when buttons are added or removed. */
  function nodeBody(node) {
    const body = el('div', { class: 'te-body' });
    const errors = el('ul', { class: 'te-node-errors', id: `node-${slug(node.id)}-errors` });
    const hints = el('ul', { class: 'te-node-hints', id: `node-${slug(node.id)}-hints` });
    body.rebuild = (focusId) => {
      unregister(node.id);
      fill();
      if (focusId) document.getElementById(focusId)?.focus();
    };
    const fill = () => {
      body.replaceChildren(el('p', { class: 'te-help', text: KINDS[node.kind]?.[1] ?? '' }), errors, hints);
      if (node.kind === 'question' || node.kind === 'choice' || node.kind === 'classify') {
        if (node.slot) body.append(meta(node.kind === 'classify' ? 'Leest het antwoord uit' : 'Het antwoord wordt bewaard als', node.slot));
      }
      if (node.kind === 'handoff') {
        body.append(meta('Verhaal van de inwoner uit', node.words), meta('Antwoorden voor de ondersteuner uit', node.answers.join(', ') || '(geen)'), meta('Contact uit', node.contact));
        if (node.name) body.append(meta('Naam uit', node.name));
      }
      for (const [field, label, short] of TEXT_FIELDS) {
        const value = node[field];
        if (value && typeof value === 'object' && 'nl' in value) body.append(textPair(node.id, field, label, value, { short }));
      }
      if (node.kind === 'question') {
        const id = `f-${slug(node.id)}-validate`;
        const select = el('select', { id });
        for (const [value, text] of VALIDATIONS) select.append(el('option', { value, text }));
        select.value = node.validate ?? 'text';
        select.addEventListener('change', () => {
          node.validate = select.value;
          onChange();
        });
        body.append(el('p', { class: 'te-select' }, el('label', { for: id, text: 'Controle van het antwoord' }), select));
      }
      if (node.kind === 'choose_organisation') {
        const id = `f-${slug(node.id)}-max`;
        const input = el('input', { id, type: 'number', min: '1', max: '8', inputmode: 'numeric', class: 'te-number' });
        input.value = String(node.max ?? 3);
        input.addEventListener('input', () => {
          const n = Number(input.value);
          if (Number.isInteger(n)) node.max = n;
          onChange();
        });
        body.append(el('p', { class: 'te-select' }, el('label', { for: id, text: 'Hoeveel organisaties Naast hoogstens laat zien (1 tot 8)' }), input));
      }
      if (node.kind === 'choice' || node.kind === 'question') body.append(optionsBlock(node, body));
      for (const [field, label] of TARGETS) {
        const optional = node.kind === 'classify' && OPTIONAL_TARGETS.includes(field);
        if (field in node || optional) body.append(targetSelect(node.id, field, label, node, field, optional));
      }
    };
    fill();
    return { body, errors, hints };
  }

  /** One open-and-close section; its summary carries the counts of errors and tips. */
  function section(id, summaryParts, body, errors, hints) {
    const marks = el('span', { class: 'te-marks' });
    const details = el('details', { class: 'te-step', id: `node-${slug(id)}`, 'data-node': id }, el('summary', {}, ...summaryParts, marks), body);
    sections.set(id, { details, marks, errors, hints });
    return details;
  }

  const steps = el('ol', { class: 'te-steps', 'aria-labelledby': 'te-steps-title' });
  for (const node of tree.nodes) {
    const { body, errors, hints } = nodeBody(node);
    const summary = [el('span', { class: 'te-kind', text: KINDS[node.kind]?.[0] ?? node.kind }), ' ', el('span', { class: 'te-id', text: node.id })];
    const words = snippet(node);
    if (words) summary.push(' ', el('span', { class: 'te-snippet', text: `"${words}"` }));
    steps.append(el('li', {}, section(node.id, summary, body, errors, hints)));
  }

  /** A tree-level group (fixed texts, domains, other languages) as one section. */
  function group(id, title, help, build) {
    const errors = el('ul', { class: 'te-node-errors', id: `node-${id}-errors` });
    const hints = el('ul', { class: 'te-node-hints', id: `node-${id}-hints` });
    const body = el('div', { class: 'te-body' }, el('p', { class: 'te-help', text: help }), errors, hints);
    build(body);
    return section(id, [el('span', { class: 'te-kind', text: title })], body, errors, hints);
  }
  const groups = el('div', { class: 'te-groups' });
  groups.append(
    group('texts', 'Vaste teksten', 'Teksten die Naast op elk moment kan zeggen, bijvoorbeeld na "stop" of bij een crisis.', (body) => {
      for (const [key, text] of Object.entries(tree.texts)) body.append(textPair(`texts.${key}`, 'text', `${SYSTEM_TEXTS[key] ?? key} (${key})`, text));
    }),
    group('domains', 'Levensdomeinen', 'De namen van de levensdomeinen zoals inwoners ze lezen.', (body) => {
      for (const [key, text] of Object.entries(tree.domains)) body.append(textPair(`domains.${key}`, 'name', `Levensdomein ${key}`, text, { short: true }));
    }),
  );
  if (tree.otherLanguages) {
    groups.append(
      group('otherLanguages', 'Andere talen', 'Naast zegt dit één keer als iemand in een van deze talen schrijft. Daarna gaat het gesprek verder in het Nederlands.', (body) => {
        for (const [lang, [name, dir]] of Object.entries(OTHER_LANGUAGES)) {
          if (typeof tree.otherLanguages[lang] !== 'string') continue;
          const id = `f-otherLanguages-${lang}`;
          const control = el('textarea', { id, lang, dir, class: 'te-text', rows: 4 });
          control.value = tree.otherLanguages[lang];
          const err = el('p', { class: 'te-error', id: `${id}-err` });
          const hint = el('div', { class: 'te-hint', id: `${id}-hint` });
          control.setAttribute('aria-describedby', `${err.id} ${hint.id}`);
          control.addEventListener('input', () => {
            tree.otherLanguages[lang] = control.value;
            onChange();
          });
          register('otherLanguages', lang, lang, control, err, hint);
          body.append(el('p', { class: 'te-cell' }, el('label', { for: id, text: name }), control, err, hint));
        }
      }),
    );
  }
  container.append(el('h2', { id: 'te-steps-title', tabindex: '-1', text: `Stappen (${tree.nodes.length})` }), steps, el('h2', { text: 'Teksten voor het hele gesprek' }), groups);

  /** The fields a finding is about: one language, or both when it names none. */
  const fieldsFor = (node, field, lang) => {
    if (field === undefined) return [];
    if (lang !== undefined) return [fields.get(`${node}|${field}|${lang}`)].filter(Boolean);
    return ['nl', 'en', ''].map((l) => fields.get(`${node}|${field}|${l}`)).filter(Boolean);
  };

  function show(errors, hints) {
    for (const f of fields.values()) {
      f.err.replaceChildren();
      f.hint.replaceChildren();
      f.control.removeAttribute('aria-invalid');
    }
    const counts = new Map();
    for (const [id, s] of sections) {
      s.errors.replaceChildren();
      s.hints.replaceChildren();
      counts.set(id, { errors: 0, hints: 0 });
    }
    const loose = [];
    for (const error of errors) {
      const where = locate(error, tree);
      const text = dutch(error.message);
      const placed = fieldsFor(where.node, where.field, where.lang);
      for (const f of placed) {
        f.err.append(el('span', { text: `Fout: ${text} ` }));
        f.control.setAttribute('aria-invalid', 'true');
      }
      const s = sections.get(sectionOf(where.node));
      if (s) {
        counts.get(sectionOf(where.node)).errors++;
        if (!placed.length) s.errors.append(el('li', { text: `Fout: ${text}` }));
      } else loose.push(text);
    }
    for (const hint of hints) {
      const placed = fields.get(`${hint.node}|${hint.field}|${hint.lang}`);
      const s = sections.get(sectionOf(hint.node));
      if (s) counts.get(sectionOf(hint.node)).hints++;
      if (placed) placed.hint.append(el('p', { text: `Tip${hint.lang === 'nl' ? '' : ` (${hint.lang})`}: ${hint.message}` }));
      else s?.hints.append(el('li', { text: `Tip: ${hint.message}` }));
    }
    for (const [id, s] of sections) {
      const c = counts.get(id);
      const parts = [c.errors && plural(c.errors, 'fout', 'fouten'), c.hints && plural(c.hints, 'tip', 'tips')].filter(Boolean);
      s.marks.textContent = parts.length ? ` — ${parts.join(', ')}` : '';
      s.details.classList.toggle('te-has-errors', c.errors > 0);
    }
    return loose;
  }

  /** Opens the section of a step (or group) and focuses its summary. */
  function open(id) {
    const s = sections.get(sectionOf(id));
    if (!s) return;
    s.details.open = true;
    s.details.querySelector('summary').focus();
  }

  return { element: container, show, open };
}
