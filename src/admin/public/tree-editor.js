// The dialog tree editor (view `trees`): the steps as a form, checked while typing by the same schema
// and linter as start-up plus tips for plain language (B1); a test chat with the draft; save, publish,
// and the published versions with what changed and a way back. Text only, never HTML.
import { addStyles, el, plural, when } from './dom.js';
import { treeForm } from './tree-editor-form.js';
import { previewPanel } from './tree-editor-preview.js';

/** The schema's and linter's messages (src/core/tree-*.ts) in plain Dutch; anything else as it is. */
const MESSAGES = [
  [/placeholder \{(\w+)\} is missing in the (Dutch|English)/, (m) => `De invulplek {${m[1]}} ontbreekt in de ${m[2] === 'Dutch' ? 'Nederlandse' : 'Engelse'} tekst. Zet hem in beide talen.`],
  [/unknown placeholder \{(\w+)\}/, (m) => `Naast kent de invulplek {${m[1]}} niet. Gebruik alleen invulplekken die er al stonden.`],
  [/Dutch text \(nl\) is empty/, () => 'De Nederlandse tekst is leeg.'],
  [/English text \(en\) is empty/, () => 'De Engelse tekst is leeg.'],
  [/leads to unknown node '([^']+)'/, (m) => `Gaat naar een stap die niet bestaat: ${m[1]}.`],
  [/unreachable from start node/, () => 'Geen enkele stap gaat hierheen: inwoners komen hier nooit.'],
  [/loop that never waits for the resident: (.*)/, (m) => `Deze stappen gaan in een rondje zonder op de inwoner te wachten: ${m[1]}.`],
  [/option id '([^']+)' is used twice/, (m) => `Twee knoppen hebben dezelfde code: ${m[1]}.`],
  [/slot '([^']+)' is never filled/, (m) => `Geen enkele vraag vult het antwoord "${m[1]}".`],
  [/a choice needs at least one option/, () => 'Een keuze heeft minstens één knop nodig.'],
  [/start node '([^']+)' does not exist/, (m) => `De eerste stap (${m[1]}) bestaat niet.`],
  [/lower_snake_case/, () => 'Gebruik kleine letters, cijfers en _ en begin met een letter.'],
];
function dutch(message) {
  for (const [pattern, say] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return message.replace(/^[\w.]+: /, '');
}
/** Where an error is, for the summary list. */
function where(node) {
  if (node === '(tree)') return 'Het gesprek';
  if (node === '(texts)' || node.startsWith('texts.')) return 'Vaste teksten';
  if (node.startsWith('domains.')) return 'Levensdomeinen';
  if (node === 'otherLanguages') return 'Andere talen';
  return `Stap ${node}`;
}

export async function mount(root, ctx) {
  addStyles('tree-editor');
  root.append(el('h1', { tabindex: '-1', text: 'Gesprek aanpassen' }));
  const trees = await ctx.call('GET', '/trees');
  if (trees.status !== 200 || !Array.isArray(trees.data) || trees.data.length === 0) {
    root.append(el('p', { text: 'Er is hier geen gesprek dat u kunt aanpassen.' }));
    return;
  }
  const chosen = trees.data.find((t) => t.id === 'intake') ?? trees.data[0];
  const id = chosen.id;
  const api = `/trees/${encodeURIComponent(id)}`;
  const [live, draft] = await Promise.all([ctx.call('GET', api), ctx.call('GET', `${api}/draft`)]);
  if (live.status !== 200) {
    root.append(el('p', { text: 'Het gesprek kon niet laden. Ververs de pagina of probeer het later opnieuw.' }));
    return;
  }

  let tree = live.data;
  let liveVersion = chosen.version;
  let form;
  /** The editor holds something other than the live version (typed, or a draft loaded). */
  let changed = false;
  /** The editor's tree is saved as the draft and passed: it may be published. */
  let publishable = false;
  let hints = [];
  let said = '';
  let checkTimer = 0;
  let ticket = 0;

  const liveLine = el('p', { class: 'te-live' });
  const showLive = () => {
    liveLine.textContent = `Nu live: versie ${liveVersion}.`;
  };
  showLive();
  // A dialog file on the server that failed to load: it did not go live; whoever edits it must know why.
  const fileError = chosen.fileError ? el('p', { class: 'te-note', role: 'alert', text: `Het bestand met dit gesprek op de server klopt niet en is niet gebruikt: ${chosen.fileError}` }) : null;
  const draftNote = el('div', { class: 'te-note', hidden: true });
  const formHolder = el('div');
  const saveButton = el('button', { type: 'button', text: 'Concept opslaan' });
  const publishButton = el('button', { type: 'button', text: 'Publiceren', 'aria-describedby': 'te-publish-help' });
  const setPublishable = (on) => {
    publishable = on;
    publishButton.disabled = !on;
  };
  setPublishable(false);

  const graph = el('img', { class: 'te-graph', alt: '' });
  const graphLink = el('a', { target: '_blank', rel: 'noopener' }, 'Open het schema groot', el('span', { class: 'vh', text: ' (opent in een nieuw tabblad)' }));
  const graphNote = el('p', { class: 'te-help' });
  graph.addEventListener('error', () => {
    graphNote.textContent = 'Het schema kon niet laden.';
  });
  graph.addEventListener('load', () => {
    graphNote.textContent = '';
  });
  const showGraph = (of) => {
    const url = `/admin/api${api}/graph.svg?of=${of}&t=${Date.now()}`;
    graph.src = url;
    graphLink.href = url;
    graph.alt = `Schema van het gesprek: ${plural(tree.nodes.length, 'stap', 'stappen')}${of === 'draft' ? ' (opgeslagen concept)' : ''}`;
  };

  const versionsTitle = el('h2', { id: 'te-versions-title', tabindex: '-1', text: 'Versies' });
  const versionList = el('ul', { class: 'te-versions' });

  root.append(
    el('p', { text: 'Hier past u aan wat Naast zegt tegen inwoners. Zo gaat het:' }),
    el('ol', { class: 'te-how' },
      el('li', { text: 'Open een stap en pas de teksten aan. Naast controleert ze meteen en geeft tips voor eenvoudige taal (B1).' }),
      el('li', { text: 'Probeer het concept uit in het voorbeeld. Dat is een test: er gaat niets naar een organisatie.' }),
      el('li', { text: 'Sla het concept op en publiceer het. Nieuwe gesprekken krijgen dan de nieuwe teksten. Gesprekken die al bezig zijn, houden hun eigen versie.' })),
    liveLine,
    ...(fileError ? [fileError] : []),
    draftNote,
    formHolder,
    el('p', { class: 'te-actions' }, saveButton, publishButton),
    el('p', { id: 'te-publish-help', class: 'te-help', text: 'De knop Publiceren werkt na het opslaan van een concept zonder fouten.' }),
    previewPanel(ctx, id, { tree: () => tree, onInvalid: (errors) => show(errors, hints, true) }),
    el('section', { 'aria-labelledby': 'te-graph-title' },
      el('h2', { id: 'te-graph-title', text: 'Schema' }),
      el('figure', { class: 'te-figure' }, graph, el('figcaption', { text: 'Het schema laat dezelfde stappen zien als de lijst "Stappen" hierboven. In een opgeslagen concept zijn de gewijzigde stappen rood omlijnd.' })),
      graphNote,
      el('p', {}, graphLink)),
    el('section', { 'aria-labelledby': versionsTitle.id }, versionsTitle, versionList),
  );

  /** Puts errors and tips in the form; the summary goes to the shared status line when it changed. */
  function show(errors, newHints, force = false) {
    hints = newHints;
    const loose = form.show(errors, newHints);
    const text = errors.length
      ? `Het concept heeft ${plural(errors.length, 'fout', 'fouten')}. Ze staan bij de stappen.`
      : `Het concept klopt. ${newHints.length ? `${plural(newHints.length, 'tip', 'tips')} voor eenvoudige taal (B1) staan bij de teksten.` : 'Er zijn geen tips voor eenvoudige taal.'}`;
    const items = [...errors.slice(0, 10).map((e) => `${where(e.node)}: ${dutch(e.message)}`), ...(errors.length > 10 ? [`… en nog ${errors.length - 10}`] : [])];
    if (force || `${text}${items.join()}` !== said) ctx.say(text, items);
    said = `${text}${items.join()}`;
    return loose;
  }

  async function check() {
    const mine = ++ticket;
    const res = await ctx.call('POST', `${api}/check`, tree);
    if (mine !== ticket || res.status !== 200) return;
    show(res.data.errors, res.data.hints);
  }

  function onChange() {
    changed = true;
    setPublishable(false);
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void check(), 400);
  }

  function renderForm() {
    form = treeForm(tree, { onChange, dutch });
    formHolder.replaceChildren(form.element);
  }

  saveButton.addEventListener('click', async () => {
    clearTimeout(checkTimer);
    ticket++;
    const res = await ctx.call('PUT', `${api}/draft`, tree);
    if (res.status === 200) {
      form.show([], res.data.hints ?? hints);
      hints = res.data.hints ?? hints;
      said = '';
      setPublishable(true);
      draftNote.hidden = true;
      showGraph('draft');
      ctx.say('Het concept is opgeslagen en klopt. U kunt het nu publiceren.');
    } else if (res.status === 422) {
      show(res.data.errors, hints, true);
      ctx.say(`Het concept is niet opgeslagen. Het heeft ${plural(res.data.errors.length, 'fout', 'fouten')}:`, res.data.errors.slice(0, 10).map((e) => `${where(e.node)}: ${dutch(e.message)}`));
    } else ctx.say(res.data?.error ?? 'Opslaan lukte niet. Probeer het opnieuw.');
  });

  publishButton.addEventListener('click', async () => {
    if (!publishable) return;
    const res = await ctx.call('POST', `${api}/publish`, {});
    if (res.status === 200) {
      liveVersion = res.data.version;
      changed = false;
      setPublishable(false);
      showLive();
      showGraph('live');
      await loadVersions();
      ctx.say(`Gepubliceerd als versie ${liveVersion}. Nieuwe gesprekken krijgen deze teksten. Gesprekken die al bezig zijn, houden hun versie.`);
      saveButton.focus();
    } else if (res.status === 422) {
      show(res.data.errors, hints, true);
    } else ctx.say(res.data?.error === 'no draft to publish' ? 'Er is geen opgeslagen concept. Sla het concept eerst op.' : 'Publiceren lukte niet. Probeer het opnieuw.');
  });

  /** Replaces the editor's tree with the live one (after a rollback), when nothing unsaved is lost. */
  async function reloadLive() {
    const res = await ctx.call('GET', api);
    if (res.status !== 200) return;
    tree = res.data;
    changed = false;
    renderForm();
    await check();
  }

  async function rollback(n) {
    const res = await ctx.call('POST', `${api}/rollback`, { version: n });
    if (res.status !== 200) {
      ctx.say('Terugzetten lukte niet. Probeer het opnieuw.');
      return;
    }
    liveVersion = n;
    showLive();
    const kept = changed;
    if (!kept) await reloadLive();
    showGraph('live');
    await loadVersions();
    ctx.say(`Versie ${n} is weer live voor nieuwe gesprekken. Gesprekken die al bezig zijn, houden hun versie.${kept ? ' Uw wijzigingen in de editor zijn bewaard; ze zijn niet live.' : ''}`);
    versionsTitle.focus();
  }

  function versionItem(v) {
    const changesId = `te-changes-${v.version}`;
    const toggle = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': changesId, text: 'Bekijk wijzigingen' }, el('span', { class: 'vh', text: ` van versie ${v.version}` }));
    const changes = el('div', { id: changesId, class: 'te-changes', hidden: true });
    toggle.addEventListener('click', async () => {
      if (toggle.getAttribute('aria-expanded') === 'true') {
        changes.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        return;
      }
      const res = await ctx.call('GET', `${api}/versions/${v.version}`);
      if (res.status !== 200) {
        changes.replaceChildren(el('p', { text: 'De wijzigingen konden niet laden.' }));
      } else if (res.data.changes.length === 0) {
        changes.replaceChildren(el('p', { text: v.version === 1 ? 'Dit is de eerste versie.' : 'Geen wijzigingen ten opzichte van de versie ervoor.' }));
      } else {
        changes.replaceChildren(el('p', { text: `Wat er anders is dan in versie ${v.version - 1}:` }), el('ul', {}, ...res.data.changes.map((c) => el('li', { text: c.text }))));
      }
      changes.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
    });
    // Version 1 is the tree from dialogs/: there is nothing before it to compare with.
    const first = v.version === 1;
    const by = v.publishedAt && !first ? `Gepubliceerd door ${v.publishedBy} op ${when(v.publishedAt)}` : 'De versie uit het bestand (dialogs/), waarmee Naast begon';
    const item = el('li', {},
      el('p', {}, el('strong', { text: `Versie ${v.version}` }), v.live ? el('span', { class: 'te-badge', text: 'nu live' }) : null),
      el('p', { text: first ? `${by}.` : `${by}. ${plural(v.changes, 'wijziging', 'wijzigingen')}.` }));
    const actions = el('p', { class: 'te-actions' }, first ? null : toggle);
    item.append(actions);
    if (!v.live) {
      const back = el('button', { type: 'button', text: 'Zet deze versie terug' }, el('span', { class: 'vh', text: ` (versie ${v.version})` }));
      const confirm = el('div', { class: 'te-confirm', hidden: true });
      back.addEventListener('click', () => {
        const question = el('p', { tabindex: '-1', text: `Versie ${v.version} wordt weer live voor nieuwe gesprekken. Gesprekken die al bezig zijn, houden hun versie. Weet u het zeker?` });
        const yes = el('button', { type: 'button', text: `Ja, zet versie ${v.version} terug` });
        const no = el('button', { type: 'button', text: 'Nee, niet terugzetten' });
        yes.addEventListener('click', () => void rollback(v.version));
        no.addEventListener('click', () => {
          confirm.hidden = true;
          confirm.replaceChildren();
          back.focus();
        });
        confirm.replaceChildren(question, el('p', { class: 'te-actions' }, yes, no));
        confirm.hidden = false;
        question.focus();
      });
      actions.append(back);
      item.append(confirm);
    }
    item.append(changes);
    return item;
  }

  async function loadVersions() {
    const res = await ctx.call('GET', `${api}/versions`);
    if (res.status !== 200) {
      versionList.replaceChildren(el('li', { text: 'De versies konden niet laden.' }));
      return;
    }
    versionList.replaceChildren(...res.data.map(versionItem));
  }

  if (draft.status === 200) {
    const button = el('button', { type: 'button', text: `Ga verder met het concept van ${draft.data.savedBy}` });
    draftNote.replaceChildren(el('p', { text: `Er is een opgeslagen concept dat nog niet live is, van ${draft.data.savedBy} (${when(draft.data.savedAt)}). Hieronder staat nu de live versie.` }), button);
    draftNote.hidden = false;
    button.addEventListener('click', async () => {
      tree = draft.data.tree;
      changed = true;
      renderForm();
      setPublishable(true);
      showGraph('draft');
      draftNote.hidden = true;
      await check();
      ctx.say('U werkt nu verder met het concept. U kunt het publiceren of eerst aanpassen.');
      document.getElementById('te-steps-title')?.focus();
    });
  }

  renderForm();
  showGraph('live');
  await Promise.all([check(), loadVersions()]);
}
