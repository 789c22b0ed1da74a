// Zaken: a supporter's cases (their own organisation), or every organisation's for an administrator.
// A case opens in the page with what the resident shared and the decisions its status allows.
// Everything goes into the page as text (textContent, value), never as HTML: it is residents' data.
import { addStyles, el, when } from './dom.js';

const KIND = { support: 'ondersteuning', complaint: 'klacht' };
/** Statuses in plain Dutch, as a supporter thinks of them. */
const STATUS = {
  queued: 'nieuw (e-mail nog onderweg)',
  sent: 'nieuw, wacht op uw besluit',
  accepted: 'aangenomen',
  declined: 'afgewezen',
  closed: 'afgesloten',
};
const DONE = { accept: 'aangenomen. De inwoner krijgt bericht', decline: 'afgewezen. De inwoner krijgt bericht', close: 'afgesloten. De inwoner krijgt bericht', erase: 'gewist. De organisatie krijgt het verzoek om haar kopie te wissen' };

/** A definition list of {label, value} rows, or "(geen)". */
function rows(items) {
  if (!items || !items.length) return el('p', { text: '(geen)' });
  const dl = el('dl', { class: 'rows' });
  for (const r of items) dl.append(el('dt', { text: r.label }), el('dd', { text: r.value }));
  return dl;
}

function quote(text) {
  const q = el('blockquote', { class: 'words' });
  q.append(el('p', { text }));
  return q;
}

export async function mount(root, ctx) {
  addStyles('cases');
  const admin = ctx.me.role === 'administrator';
  const h1 = el('h1', { text: admin ? 'Alle zaken' : 'Zaken' });
  h1.tabIndex = -1;
  root.append(h1);

  const orgs = await ctx.call('GET', '/cases/organisations');
  const organisations = orgs.status === 200 && Array.isArray(orgs.data) ? orgs.data : [];
  if (!admin && organisations[0]) h1.textContent = `Zaken van ${organisations[0].name}`;
  root.append(
    el('p', {
      text: admin
        ? 'Hier ziet u de zaken van alle organisaties. Open zaken staan bovenaan, de oudste eerst.'
        : 'Hier ziet u de vragen die inwoners via Naast aan uw organisatie gaven. Open zaken staan bovenaan, de oudste eerst.',
    }),
  );

  let filter = '';
  if (admin) {
    const row = el('p');
    const label = el('label', { text: 'Organisatie' });
    label.htmlFor = 'cases-organisation';
    const select = el('select');
    select.id = 'cases-organisation';
    const all = el('option', { text: 'Alle organisaties' });
    all.value = '';
    select.append(all);
    for (const o of organisations) {
      const option = el('option', { text: o.name });
      option.value = o.id;
      select.append(option);
    }
    select.addEventListener('change', () => {
      filter = select.value;
      void refresh(true);
    });
    row.append(label, el('br'), select);
    root.append(row);
  }

  const list = el('div');
  const detail = el('section', { class: 'case-detail' });
  detail.hidden = true;
  detail.setAttribute('aria-labelledby', 'case-title');
  root.append(list, detail);

  /** The reference of the case open below the table, if any. */
  let open = null;

  async function refresh(announce) {
    const res = await ctx.call('GET', `/cases${filter ? `?organisation=${encodeURIComponent(filter)}` : ''}`);
    if (res.status !== 200 || !Array.isArray(res.data)) {
      ctx.say(res.data?.error ?? 'De zaken konden niet laden. Probeer het later opnieuw.');
      return;
    }
    renderList(res.data);
    if (announce) ctx.say(res.data.length === 1 ? '1 zaak.' : `${res.data.length} zaken.`);
  }

  function renderList(cases) {
    list.replaceChildren();
    if (!cases.length) {
      list.append(el('p', { text: 'Er zijn nog geen zaken.' }));
      return;
    }
    const wrap = el('div', { class: 'table-wrap' });
    // Scrolls sideways on a narrow screen: it must then be reachable with the keyboard.
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-labelledby', 'cases-caption');
    const table = el('table', { class: 'cases' });
    const caption = el('caption', { text: 'Zaken: open zaken eerst, de oudste bovenaan' });
    caption.id = 'cases-caption';
    const head = el('thead');
    const tr = el('tr');
    for (const name of ['Kenmerk', 'Soort', 'Status', 'Binnengekomen', 'Levensdomeinen']) {
      const th = el('th', { text: name });
      th.scope = 'col';
      tr.append(th);
    }
    head.append(tr);
    const body = el('tbody');
    for (const c of cases) {
      const row = el('tr');
      row.dataset.reference = c.reference;
      const th = el('th');
      th.scope = 'row';
      const view = el('button', { text: 'Bekijk ' });
      view.type = 'button';
      view.className = 'view';
      view.dataset.reference = c.reference;
      view.append(el('span', { text: c.reference, class: 'ref' }));
      view.addEventListener('click', () => void show(c.reference, true));
      th.append(view);
      const kind = el('td', { text: KIND[c.kind] ?? c.kind });
      if (c.kind === 'complaint' && c.deadline) kind.append(el('br'), el('span', { text: `antwoord uiterlijk ${c.deadline}`, class: 'small' }));
      const status = el('td', { text: STATUS[c.status] ?? c.status });
      if (c.overdue) status.append(' ', el('strong', { text: 'te laat', class: 'late' }));
      const domains = el('td', { text: (c.domains ?? []).map((d) => d.label).join(', ') || '–' });
      row.append(th, kind, status, el('td', { text: when(c.createdAt) }), domains);
      body.append(row);
    }
    table.append(caption, head, body);
    wrap.append(table);
    list.append(wrap);
  }

  /** Opens a case below the table; `focus` moves the focus to its heading. */
  async function show(reference, focus) {
    const res = await ctx.call('GET', `/cases/${encodeURIComponent(reference)}`);
    if (res.status !== 200) {
      ctx.say(res.data?.error ?? 'Deze zaak kon niet laden.');
      return;
    }
    open = reference;
    renderDetail(res.data);
    detail.hidden = false;
    if (focus) detail.querySelector('h2').focus();
  }

  function closeDetail() {
    const reference = open;
    open = null;
    detail.hidden = true;
    detail.replaceChildren();
    const button = list.querySelector(`button.view[data-reference="${CSS.escape(reference ?? '')}"]`);
    if (button) button.focus();
    else h1.focus();
  }

  async function act(c, action, body, field) {
    const res = await ctx.call('POST', `/cases/${encodeURIComponent(c.reference)}/${action}`, body);
    if (res.status === 200) {
      ctx.say(`Zaak ${c.reference} is ${DONE[action]}.`);
    } else if (res.status === 400 && field) {
      field.setAttribute('aria-invalid', 'true');
      ctx.say(action === 'decline' ? 'Vul een reden in.' : res.data?.error ?? 'Dit lukte niet.');
      field.focus();
      return;
    } else {
      ctx.say(res.data?.error ?? 'Dit lukte niet. Probeer het later opnieuw.');
    }
    // The list and the case show the new status; the focus goes to the case's heading, where it was.
    await refresh(false);
    await show(c.reference, true);
  }

  function renderDetail(c) {
    const s = c.summary;
    detail.replaceChildren();
    const h2 = el('h2', { text: `Zaak ${c.reference}` });
    h2.id = 'case-title';
    h2.tabIndex = -1;
    detail.append(h2);
    const status = el('p');
    status.append(el('strong', { text: `Status: ${STATUS[c.status] ?? c.status}` }));
    if (c.overdue) status.append(' ', el('strong', { text: 'te laat: de termijn van deze klacht is voorbij', class: 'late' }));
    detail.append(status, el('p', { text: s.title }));
    if (s.deadline) detail.append(el('p', { text: s.deadline }));

    if (c.actions.includes('accept')) {
      const input = el('input');
      input.maxLength = 60;
      input.autocomplete = 'given-name';
      detail.append(
        decisionForm('Aannemen', 'Aannemen', [labelled('case-name', 'Uw voornaam (de inwoner ziet deze)', input, true)], () => {
          void act(c, 'accept', input.value.trim() ? { name: input.value.trim() } : {});
        }),
      );
    }
    if (c.actions.includes('decline')) {
      const reason = el('textarea');
      reason.maxLength = 2000;
      reason.required = true;
      reason.addEventListener('input', () => reason.removeAttribute('aria-invalid'));
      detail.append(
        decisionForm('Afwijzen', 'Afwijzen', [labelled('case-reason', 'Reden van afwijzen (verplicht; de inwoner ziet deze niet)', reason, true)], () => {
          if (!reason.value.trim()) {
            reason.setAttribute('aria-invalid', 'true');
            ctx.say('Vul een reden in.');
            reason.focus();
            return;
          }
          void act(c, 'decline', { reason: reason.value }, reason);
        }),
      );
    }
    if (c.actions.includes('close')) {
      const why = el('p', { text: 'Is de ondersteuning klaar? Sluit de zaak dan af. De inwoner krijgt daar bericht van.' });
      detail.append(decisionForm('Afsluiten', 'Afsluiten', [why], () => void act(c, 'close', {})));
    }
    if (!c.actions.length) detail.append(el('p', { text: 'Over deze zaak is besloten; er valt niets meer te doen.' }));
    // A resident who asks the municipality to erase their data (AVG art. 17): administrators only, confirmed in the page.
    if (admin && !c.erasedAt) {
      const sure = el('input');
      sure.type = 'checkbox';
      const what = el('p', { text: 'Naast wist het gesprek, de antwoorden en de contactgegevens van deze inwoner. De organisatie krijgt het verzoek om haar kopie ook te wissen. Alleen de telling blijft.' });
      const confirm = labelled('case-erase-sure', ' De inwoner vroeg hierom. Ik weet dat dit niet terug kan.', sure, false);
      detail.append(
        decisionForm('Gegevens wissen op verzoek', 'Wis de gegevens', [what, confirm], () => {
          if (!sure.checked) {
            ctx.say('Vink eerst aan dat de inwoner hierom vroeg.');
            sure.focus();
            return;
          }
          void act(c, 'erase', {});
        }),
      );
    }

    detail.append(el('h3', { text: 'De vraag, in de eigen woorden van de inwoner' }), quote(s.words));
    detail.append(el('h3', { text: 'Levensgebieden' }));
    if (s.domains.length) {
      const ul = el('ul');
      for (const d of s.domains) ul.append(el('li', { text: d }));
      detail.append(ul);
    } else detail.append(el('p', { text: '(geen)' }));
    detail.append(el('h3', { text: 'Vraagverheldering' }), rows(s.answers));
    detail.append(el('h3', { text: 'Contact met de inwoner' }), rows(s.contact));
    detail.append(el('h3', { text: 'Gegevens' }), rows(s.details));
    detail.append(el('h3', { text: 'Toestemming' }), el('p', { text: `Gegeven op ${s.consent.at}, met deze tekst:` }), quote(s.consent.text));
    detail.append(el('h3', { text: 'Geschiedenis' }));
    const ol = el('ol');
    for (const e of c.history) {
      const li = el('li', { text: `${when(e.at)}: ${STATUS[e.status] ?? e.status}` });
      if (e.note) li.append(el('br'), el('span', { text: `Toelichting: ${e.note}`, class: 'note' }));
      ol.append(li);
    }
    detail.append(ol);
    const back = el('button', { text: 'Terug naar de lijst' });
    back.type = 'button';
    back.addEventListener('click', closeDetail);
    const last = el('p');
    last.append(back);
    detail.append(last);
  }

  await refresh(false);
}

/** One decision on a case: a heading, its parts and a submit button; the browser's own validation stays off. */
function decisionForm(title, buttonText, parts, submit) {
  const form = el('form', { class: 'decide' });
  form.noValidate = true;
  const button = el('button', { text: buttonText });
  button.type = 'submit';
  form.append(el('h3', { text: title }), ...parts, button);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  return form;
}

/** A paragraph with a control and its label: the label above a text field, after a checkbox. */
function labelled(id, text, control, above) {
  control.id = id;
  const label = el('label', { text });
  label.htmlFor = id;
  const p = el('p');
  if (above) p.append(label, el('br'), control);
  else p.append(control, label);
  return p;
}
