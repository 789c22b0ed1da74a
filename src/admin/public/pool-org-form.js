// One organisation's form in the pool editor: every field, labelled, with a place for its error.
// The form writes straight into the organisation object it was given. Text only, never HTML.
import { el } from './dom.js';

/** The nine life domains (src/nlu/types.ts DOMAINS) as the municipality names them. */
const DOMAINS = [
  ['social_support', 'Wmo / maatschappelijke ondersteuning'],
  ['prevention', 'Preventieve zorg'],
  ['care', 'Zorg'],
  ['youth', 'Jeugdhulp'],
  ['education', 'Onderwijs'],
  ['wellbeing', 'Welzijn'],
  ['housing', 'Wonen'],
  ['work', 'Werk'],
  ['income', 'Inkomen'],
];
/** TARGET_GROUPS of src/pool/pool-schema.ts. */
const TARGET_GROUPS = [
  ['everyone', 'Iedereen (geen speciale groep)'],
  ['older', 'Ouderen'],
  ['youth', 'Jongeren'],
  ['parents', 'Ouders'],
  ['carers', 'Mantelzorgers'],
  ['disability', 'Mensen met een beperking'],
  ['migrants', 'Nieuwkomers en mensen met een migratieachtergrond'],
  ['shelter', 'Mensen zonder vaste woonplek of in de opvang'],
];

/** What each field is called in messages, by its key in the organisation. */
export const FIELD_LABELS = {
  id: 'code',
  name: 'naam',
  'description.nl': 'beschrijving (Nederlands)',
  'description.en': 'beschrijving (Engels)',
  domains: 'levensgebieden',
  languages: 'talen',
  targetGroups: 'doelgroepen',
  ways: 'manieren van werken',
  email: 'e-mailadres',
  phone: 'telefoonnummer',
  website: 'website',
  'responseTime.nl': 'reactietijd (Nederlands)',
  'responseTime.en': 'reactietijd (Engels)',
  independent: 'onafhankelijk',
  'independence.nl': 'onafhankelijkheid (Nederlands)',
  'independence.en': 'onafhankelijkheid (Engels)',
  complaintDesk: 'klachtenloket',
  active: 'actief',
};

/** A blank organisation for "Organisatie toevoegen": active, for everyone, Dutch-speaking. */
export function blankOrganisation() {
  return {
    id: '', name: '', description: { nl: '', en: '' }, domains: [], languages: ['nl'], targetGroups: ['everyone'], ways: [],
    email: '', responseTime: { nl: '', en: '' }, independent: true, independence: { nl: '', en: '' }, complaintDesk: false, active: true,
  };
}

/** Keeps the existing order of values that stay, and adds new ones at the end (order shows in the chat). */
function merge(previous, selected) {
  return [...previous.filter((v) => selected.includes(v)), ...selected.filter((v, i) => !previous.includes(v) && selected.indexOf(v) === i)];
}

const labelOf = (text) => (text && typeof text === 'object' ? text.nl : String(text ?? ''));

/**
 * Builds the form of organisation `org` (index `i`) inside a <details>. `labels` is the pool's
 * labels ({ways, languages}); `onInput(key)` runs after every change. Returns the element and its
 * fields by key ({control, error, details}), so errors can be put next to the right field.
 */
export function organisationForm(org, i, { labels, isNew, onInput }) {
  const base = `org-${i}`;
  const fields = new Map();
  const details = el('details', { class: 'pe-org', id: base, open: isNew });
  const summary = el('summary');
  const updateSummary = () => {
    summary.replaceChildren(
      el('span', { class: 'pe-org-name', text: org.name.trim() || 'Nieuwe organisatie' }),
      el('span', { class: org.active ? 'pe-tag' : 'pe-tag pe-off', text: org.active ? 'actief' : 'niet actief' }),
      ...(org.independent ? [] : [el('span', { class: 'pe-tag pe-off', text: 'niet onafhankelijk' })]),
      ...(org.complaintDesk ? [el('span', { class: 'pe-tag pe-desk', text: 'klachtenloket' })] : []),
    );
  };
  updateSummary();
  const body = el('div', { class: 'pe-org-body' });
  details.append(summary, body);

  const changed = (key) => {
    updateSummary();
    onInput(key);
  };
  const errorFor = (id) => el('p', { class: 'pe-error', id: `${id}-error`, hidden: true });
  const register = (key, control, error) => fields.set(key, { control, error, details });

  /** A text field; `path` is the key, with a dot for nl/en texts. */
  const text = (key, label, { type = 'text', multiline = false, lang, help, optional = false, autocomplete } = {}) => {
    const id = `${base}-${key.replace('.', '-')}`;
    const [field, sub] = key.split('.');
    const value = sub ? org[field][sub] : org[field] ?? '';
    const control = multiline
      ? el('textarea', { id, lang, rows: 3, value })
      : el('input', { id, type, value, lang, autocomplete: autocomplete ?? 'off', spellcheck: type === 'text' ? undefined : 'false' });
    const helpNode = help ? el('p', { class: 'pe-help', id: `${id}-help`, text: help }) : null;
    const hint = multiline ? el('p', { class: 'hint', id: `${id}-hint`, hidden: true }) : null;
    if (helpNode) control.dataset.describedby = helpNode.id;
    if (helpNode) control.setAttribute('aria-describedby', helpNode.id);
    const error = errorFor(id);
    control.addEventListener('input', () => {
      if (sub) org[field][sub] = control.value;
      else if (optional && control.value.trim() === '') delete org[field];
      else org[field] = control.value;
      changed(key);
    });
    register(key, control, error);
    if (hint) fields.get(key).hint = hint;
    return el('div', { class: 'pe-field' }, el('label', { for: id, text: label }), control, ...(helpNode ? [helpNode] : []), error, ...(hint ? [hint] : []));
  };
  const pair = (field, label, help) =>
    el('div', { class: 'pair' },
      text(`${field}.nl`, `${label} (Nederlands)`, { multiline: true, lang: 'nl', help }),
      text(`${field}.en`, `${label} (Engels)`, { multiline: true, lang: 'en', help: help ? 'In het Engels, voor inwoners die Engels kiezen.' : undefined }));

  /** A group of checkboxes that fills the list `org[key]`. */
  const checks = (key, legend, options, help) => {
    const id = `${base}-${key}`;
    const error = errorFor(id);
    const group = el('fieldset', { id, class: 'pe-checks' }, el('legend', { text: legend }));
    const boxes = options.map(([value, label]) => {
      const box = el('input', { type: 'checkbox', id: `${id}-${value}`, value, checked: org[key].includes(value) });
      box.addEventListener('change', () => {
        org[key] = merge(org[key], boxes.filter((b) => b.checked).map((b) => b.value));
        changed(key);
      });
      return box;
    });
    const helpNode = help ? el('p', { class: 'pe-help', id: `${id}-help`, text: help }) : null;
    if (helpNode) group.dataset.describedby = helpNode.id;
    if (helpNode) group.setAttribute('aria-describedby', helpNode.id);
    group.append(...(helpNode ? [helpNode] : []), error, el('div', { class: 'pe-options' }, ...boxes.map((box, j) => el('label', { for: box.id }, box, ` ${options[j][1]}`))));
    register(key, group, error);
    return group;
  };

  /** One yes/no checkbox with its explanation. */
  const flag = (key, label, help) => {
    const id = `${base}-${key}`;
    const box = el('input', { type: 'checkbox', id, checked: org[key] });
    const helpNode = el('p', { class: 'pe-help', id: `${id}-help`, text: help });
    box.dataset.describedby = helpNode.id;
    box.setAttribute('aria-describedby', helpNode.id);
    const error = errorFor(id);
    box.addEventListener('change', () => {
      org[key] = box.checked;
      changed(key);
    });
    register(key, box, error);
    return el('div', { class: 'pe-field pe-flag' }, el('label', { for: id }, box, ` ${label}`), helpNode, error);
  };

  if (isNew) {
    body.append(text('id', 'Code', { help: 'Een vaste code voor deze organisatie: kleine letters, cijfers en _, bijvoorbeeld mee_de_wering. Later niet meer te wijzigen.' }));
  } else {
    body.append(el('p', { class: 'pe-help', text: `Code: ${org.id}` }));
  }
  const languageOptions = Object.entries(labels.languages).map(([code, names]) => [code, `${labelOf(names)} (${code})`]);
  body.append(
    text('name', 'Naam'),
    pair('description', 'Wat doet de organisatie', 'Inwoners lezen dit in het gesprek. Schrijf kort en eenvoudig (taalniveau B1).'),
    checks('domains', 'Levensgebieden', DOMAINS, 'Naast biedt de organisatie aan bij deze onderwerpen.'),
    checks('languages', 'Talen', languageOptions, 'Staat een taal er niet bij? Die moet eerst in de lijst van talen van Naast (labels.languages) komen.'),
    checks('targetGroups', 'Doelgroepen', TARGET_GROUPS),
    checks('ways', 'Manieren van werken', Object.entries(labels.ways).map(([way, names]) => [way, labelOf(names)])),
    text('email', 'E-mailadres voor nieuwe zaken', { type: 'email', help: 'Hier komen de aanmeldingen binnen.' }),
    text('phone', 'Telefoonnummer (niet verplicht)', { type: 'tel', optional: true, help: 'Bijvoorbeeld 023 123 45 67 of +31 23 123 45 67.' }),
    text('website', 'Website (niet verplicht)', { type: 'url', optional: true, help: 'Begint met https://' }),
    pair('responseTime', 'Hoe snel reageren ze'),
    flag('independent', 'Onafhankelijk', 'Zet dit uit als de organisatie ook beslist over hulp (zoals het sociaal wijkteam). Inwoners krijgen dat dan te lezen.'),
    pair('independence', 'Verklaring over onafhankelijkheid', 'Inwoners lezen dit bij de keuze voor een organisatie.'),
    flag('complaintDesk', 'Klachtenloket', 'Helpt inwoners met een klacht. Alleen een onafhankelijke organisatie zonder andere rol in het sociaal domein.'),
    flag('active', 'Actief', 'Niet actief: Naast biedt deze organisatie niet meer aan. Lopende zaken blijven.'),
  );
  return { element: details, fields };
}
