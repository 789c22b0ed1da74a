// Naast web chat: talks to POST api/chat (see DESIGN.md, "The chat API").
// Every text goes into the page as text nodes (textContent / append(string)), never as HTML.
const API = 'api/chat';
const SESSION_KEY = 'naast.session';
const LOG_KEY = 'naast.log'; // this tab's transcript, so a reload keeps the conversation on screen
const KEEP = 80;

const $ = (id) => document.getElementById(id);
const log = $('log');
const list = $('messages');
const form = $('composer');
const input = $('text');
const statusLine = $('status');
const errorLine = $('error');

const ERRORS = {
  network: ['Er is nu geen verbinding met Naast. Probeer het zo opnieuw.', 'No connection right now. Please try again soon.'],
  server: ['Er ging bij ons iets mis. Probeer het over een minuut opnieuw.', 'Something went wrong on our side. Please try again in a minute.'],
  restarting: ['Naast start zo opnieuw. Probeer het over een minuut nog eens.', 'Naast is restarting. Please try again in a minute.'],
  wait: ['Even wachten: je stuurde veel berichten snel na elkaar. Wacht een minuut en probeer het dan opnieuw.', 'You sent many messages quickly. Please wait a minute, then try again.'],
  input: ['Naast kon dit bericht niet lezen. Probeer het korter of anders te schrijven.', 'Naast could not read this message. Please try a shorter or different one.'],
};

let busy = false;
let typingTimer = 0;

const storage = {
  get(key) {
    try { return sessionStorage.getItem(key); } catch { return null; }
  },
  set(key, value) {
    try {
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch { /* storage blocked or full: the chat still works, a reload just starts over */ }
  },
};

function kept() {
  try {
    const items = JSON.parse(storage.get(LOG_KEY) || '[]');
    return Array.isArray(items) ? items : [];
  } catch { return []; }
}

function keep(items) {
  storage.set(LOG_KEY, JSON.stringify(kept().concat(items).slice(-KEEP)));
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function english(text) {
  const span = el('span', '', text);
  span.lang = 'en';
  return span;
}

const LINK = /\bhttps?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'"]/g;

/** Bot texts may carry web addresses; they become links, built from text nodes only. */
function appendLinked(parent, text) {
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    parent.append(text.slice(at, match.index));
    const a = el('a', '', match[0]);
    a.href = match[0];
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.append(el('span', 'vh', ' (opent in een nieuw tabblad)'));
    parent.append(a);
    at = match.index + match[0].length;
  }
  parent.append(text.slice(at));
}

function choiceGroup(choices) {
  const group = el('div', 'choices');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Kies een antwoord');
  for (const label of choices) {
    const button = el('button', '', label);
    button.type = 'button';
    button.addEventListener('click', () => { void send(label, true); });
    group.append(button);
  }
  return group;
}

function addMessage(who, text, choices) {
  const item = el('li', `msg ${who}`);
  const name = el('span', 'who', who === 'bot' ? 'Naast' : 'Jij');
  name.append(el('span', 'vh', ': '));
  const body = el('p', 'text');
  if (who === 'bot') appendLinked(body, text);
  else body.textContent = text;
  item.append(name, body);
  if (choices && choices.length) item.append(choiceGroup(choices));
  list.append(item);
  return item;
}

function showError(kind, retry) {
  const [nl, en] = ERRORS[kind];
  errorLine.replaceChildren(nl, english(en));
  if (retry) {
    const button = el('button', '', 'Opnieuw proberen ');
    button.type = 'button';
    button.append(english('Try again'));
    button.addEventListener('click', () => { clearError(); input.focus(); void start(); });
    errorLine.append(button);
  }
}

function clearError() { errorLine.replaceChildren(); }

function typing(on) {
  clearTimeout(typingTimer);
  if (!on) { statusLine.replaceChildren(); return; }
  // A short delay, so quick answers do not make the indicator flicker or be announced.
  typingTimer = setTimeout(() => statusLine.replaceChildren('Naast is bezig… ', english('(typing)')), 300);
}

async function post(text) {
  const body = { text };
  const session = storage.get(SESSION_KEY);
  if (session) body.session = session;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 30_000);
  let res;
  try {
    res = await fetch(API, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      signal: abort.signal,
    });
  } catch {
    return { fail: 'network' };
  } finally {
    clearTimeout(timer);
  }
  if (res.status === 429) return { fail: 'wait' };
  if (res.status === 503) return { fail: 'restarting' };
  if (!res.ok) return { fail: res.status >= 500 ? 'server' : 'input', hadSession: Boolean(session) };
  try {
    const data = await res.json();
    if (data && typeof data.session === 'string' && Array.isArray(data.replies)) return { data };
  } catch { /* fall through */ }
  return { fail: 'server' };
}

function cleanReplies(replies) {
  return replies
    .filter((r) => r && typeof r.text === 'string')
    .map((r) => ({
      text: r.text,
      choices: Array.isArray(r.choices) ? r.choices.filter((c) => typeof c === 'string' && c) : [],
    }));
}

/** Shows new messages: all of them when they fit on screen with the form, else from the first. */
function reveal(first) {
  if (!first) return;
  const top = first.getBoundingClientRect().top;
  const bottom = form.getBoundingClientRect().bottom;
  if (bottom - top <= window.innerHeight) form.scrollIntoView({ block: 'end' });
  else first.scrollIntoView({ block: 'start' });
}

/** Sends one message; null when Naast answered, else why not. `byChoice`: a choice button was used. */
async function send(text, byChoice) {
  if (busy) return 'busy';
  busy = true;
  log.setAttribute('aria-busy', 'true');
  clearError();
  const mine = text ? addMessage('me', text) : null;
  if (mine) reveal(mine);
  typing(true);
  const result = await post(text);
  typing(false);
  busy = false;
  log.setAttribute('aria-busy', 'false');

  if (result.fail) {
    mine?.remove();
    showError(result.fail, !text);
    reveal(errorLine);
    return result.fail === 'input' && result.hadSession ? 'session' : result.fail;
  }
  const { data } = result;
  const known = storage.get(SESSION_KEY);
  if (known && known !== data.session) {
    // The old conversation ended (expired or erased): show only the new one.
    for (const item of [...list.children]) if (item !== mine) item.remove();
    storage.set(LOG_KEY, null);
  }
  storage.set(SESSION_KEY, data.session);
  void listen();

  for (const group of list.querySelectorAll('.choices')) group.remove();
  const replies = cleanReplies(data.replies);
  const added = replies.map((r) => addMessage('bot', r.text, r.choices));
  keep([...(mine ? [{ who: 'me', text }] : []), ...replies.map((r) => ({ who: 'bot', ...r }))]);

  reveal(added[0]);
  const firstChoice = list.querySelector('.choices button');
  if (byChoice && firstChoice) firstChoice.focus();
  else if (byChoice || !document.activeElement || document.activeElement === document.body) input.focus();
  return null;
}

let listening = '';

/** Shows what Naast says outside a reply (a supporter accepted or answered), as it happens. */
async function listen() {
  const session = storage.get(SESSION_KEY);
  if (!session || listening === session) return;
  listening = session;
  let wait = 2000;
  while (listening === session && storage.get(SESSION_KEY) === session) {
    try {
      const res = await fetch(`${API}/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ session }),
      });
      if (res.status === 404 || res.status === 400) break;
      if (!res.ok || !res.body) throw new Error(String(res.status));
      wait = 2000;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          if (data) notice(data);
        }
      }
    } catch { /* the connection dropped: try again a little later */ }
    await new Promise((r) => setTimeout(r, wait));
    wait = Math.min(wait * 2, 60_000);
  }
  if (listening === session) listening = '';
}

function notice(data) {
  let replies;
  try { replies = cleanReplies(JSON.parse(data).replies || []); } catch { return; }
  if (!replies.length) return;
  const added = replies.map((r) => addMessage('bot', r.text, r.choices));
  keep(replies.map((r) => ({ who: 'bot', ...r })));
  reveal(added[0]);
}

/** Asks for the greeting (or, after a reload, lets the conversation go on). */
async function start() {
  if ((await send('', false)) === 'session') {
    // The server refused this tab's old session: start a new conversation instead.
    storage.set(SESSION_KEY, null);
    storage.set(LOG_KEY, null);
    list.replaceChildren();
    clearError();
    await send('', false);
  }
}

/** After a reload: the transcript again, with the choices of Naast's latest answer. */
function restore() {
  const items = kept().filter((item) => item && (item.who === 'me' || item.who === 'bot') && typeof item.text === 'string');
  const lastMine = items.map((item) => item.who).lastIndexOf('me');
  items.forEach((item, i) => {
    const choices = i > lastMine && Array.isArray(item.choices) ? item.choices.filter((c) => typeof c === 'string') : null;
    addMessage(item.who, item.text, choices);
  });
  return items.length;
}

input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  input.focus();
  const raw = input.value;
  const text = raw.trim();
  if (!text || busy) return;
  input.value = '';
  if (await send(text, false)) input.value = input.value ? `${raw}\n${input.value}` : raw;
});

// A restored conversation simply goes on; asking the server again would only repeat its question.
const restored = restore();
input.focus();
if (restored === 0 || !storage.get(SESSION_KEY)) void start();
else void listen();
