// Naast beheer: log in, edit the dialog's texts (nl and en side by side), save a draft, publish.
// Every text goes into the page as text (textContent / value), never as HTML.
const API = '/admin/api';
const TREE = 'intake';
const $ = (id) => document.getElementById(id);
let tree = null;

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
  try { data = await res.json(); } catch { /* empty */ }
  return { status: res.status, data };
}

/** B1: sentences over 15 words are hard for many residents. */
function hints(text) {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.split(/\s+/).filter(Boolean).length > 15).map((s) => `Lange zin (${s.split(/\s+/).length} woorden): maak hem korter.`);
}

function textField(id, label, lang, value, onInput) {
  const wrap = document.createElement('p');
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const area = document.createElement('textarea');
  area.id = id;
  area.lang = lang;
  area.value = value;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  area.setAttribute('aria-describedby', hint.id);
  const update = () => { hint.textContent = hints(area.value).join(' '); };
  area.addEventListener('input', () => { onInput(area.value); update(); $('publish').disabled = true; });
  update();
  wrap.append(l, document.createElement('br'), area, hint);
  return wrap;
}

function textGroup(key, title, text) {
  const set = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = title;
  const pair = document.createElement('div');
  pair.className = 'pair';
  pair.append(
    textField(`${key}-nl`, 'Nederlands', 'nl', text.nl, (v) => { text.nl = v; }),
    textField(`${key}-en`, 'English', 'en', text.en, (v) => { text.en = v; }),
  );
  set.append(legend, pair);
  return set;
}

function render() {
  const fields = $('fields');
  fields.replaceChildren();
  for (const node of tree.nodes) if (node.text && typeof node.text.nl === 'string') fields.append(textGroup(`node-${node.id}`, `Stap "${node.id}"`, node.text));
  for (const [key, text] of Object.entries(tree.texts)) fields.append(textGroup(`text-${key}`, `Vaste tekst "${key}"`, text));
}

async function open() {
  const list = await call('GET', '/trees');
  if (list.status !== 200) { say('Uw rol mag de teksten niet aanpassen.'); return; }
  const live = list.data.find((t) => t.id === TREE);
  $('version').textContent = live ? `Nu live: versie ${live.version}.` : '';
  const got = await call('GET', `/trees/${TREE}`);
  tree = got.data;
  $('login-section').hidden = true;
  $('editor-section').hidden = false;
  render();
  $('editor-title').focus();
}

$('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const res = await call('POST', '/login', { email: $('email').value, password: $('password').value });
  if (res.status === 200) { say('U bent ingelogd.'); await open(); }
  else say(res.data?.error ?? 'Inloggen lukte niet.');
});

$('editor').addEventListener('submit', async (event) => {
  event.preventDefault();
  const res = await call('PUT', `/trees/${TREE}/draft`, tree);
  if (res.status === 200) { say('Het concept is opgeslagen en klopt. U kunt het nu publiceren.'); $('publish').disabled = false; }
  else if (res.status === 422) say('Het concept klopt nog niet:', res.data.errors.map((e) => `${e.node}: ${e.message}`));
  else say(res.data?.error ?? 'Opslaan lukte niet.');
});

$('publish').addEventListener('click', async () => {
  const res = await call('POST', `/trees/${TREE}/publish`, {});
  if (res.status === 200) {
    say(`Gepubliceerd als versie ${res.data.version}. Nieuwe gesprekken krijgen deze teksten.`);
    $('version').textContent = `Nu live: versie ${res.data.version}.`;
    $('publish').disabled = true;
  } else say(res.data?.error ?? 'Publiceren lukte niet.');
});

$('editor-title').tabIndex = -1;
void call('GET', '/me').then((res) => { if (res.status === 200) void open(); });
