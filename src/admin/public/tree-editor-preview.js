// The editor's test chat (for tree-editor.js): talks with the tree as it is in the editor now, saved
// or not, through POST /trees/:id/preview. No case is made and nothing is sent. Text only, never HTML.
import { el } from './dom.js';

/**
 * Builds the preview panel. `tree()` gives the editor's current tree; `onInvalid(errors)` runs when
 * the server refuses it, so the editor can show where.
 */
export function previewPanel(ctx, treeId, { tree, onInvalid }) {
  let session;
  let busy = false;
  const list = el('ol', { class: 'te-chat' });
  const log = el('div', { class: 'te-log', role: 'log', 'aria-live': 'polite', 'aria-labelledby': 'te-preview-log-title', tabindex: '0' }, list);
  const input = el('input', { id: 'te-preview-text', type: 'text', autocomplete: 'off', 'aria-describedby': 'te-preview-help' });
  const send = el('button', { type: 'submit', text: 'Stuur' });
  const form = el('form', { class: 'te-chat-form', novalidate: true }, el('label', { for: input.id, text: 'Uw bericht als inwoner' }), el('div', { class: 'te-row' }, input, send));
  const restart = el('button', { type: 'button', text: 'Begin het voorbeeld' });

  const add = (who, text, choices = []) => {
    const item = el('li', { class: `te-msg te-${who}` }, el('span', { class: 'te-who', text: who === 'bot' ? 'Naast: ' : who === 'me' ? 'U: ' : '' }), el('span', { class: 'te-said', text }));
    if (choices.length) {
      const group = el('div', { class: 'te-choices', role: 'group', 'aria-label': 'Kies een antwoord' });
      for (const choice of choices) {
        const button = el('button', { type: 'button', text: choice.label });
        button.addEventListener('click', () => void turn({ choice: choice.id }, choice.label));
        group.append(button);
      }
      item.append(group);
    }
    list.append(item);
    log.scrollTop = log.scrollHeight;
  };

  /** One turn: what the "resident" said (or chose), then Naast's answers from the real dialog code. */
  async function turn(said, shown) {
    if (busy) return;
    busy = true;
    log.setAttribute('aria-busy', 'true');
    // Old buttons stop working once answered, as in the web chat; focus must not get lost with them.
    const fromButton = document.activeElement?.closest?.('.te-choices');
    for (const group of list.querySelectorAll('.te-choices')) group.remove();
    if (fromButton) input.focus();
    if (shown) add('me', shown);
    const res = await ctx.call('POST', `/trees/${treeId}/preview`, { tree: tree(), ...(session ? { session } : {}), ...said });
    busy = false;
    log.setAttribute('aria-busy', 'false');
    if (res.status === 422) {
      add('note', 'Het concept heeft nog fouten. Los die eerst op; dan werkt het voorbeeld weer.');
      onInvalid(res.data?.errors ?? []);
      return;
    }
    if (res.status !== 200) {
      add('note', 'Het voorbeeld werkt nu niet. Probeer het zo opnieuw.');
      return;
    }
    if (res.data.restarted && session) add('note', 'Het concept is veranderd. Het voorbeeld begint opnieuw met de nieuwe tekst.');
    session = res.data.session;
    restart.textContent = 'Opnieuw beginnen';
    for (const reply of res.data.replies) add('bot', reply.text, reply.kind === 'choices' ? reply.choices : []);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) return;
    input.value = '';
    void turn({ text }, text);
  });
  restart.addEventListener('click', () => {
    session = undefined;
    list.replaceChildren();
    void turn({ text: '' });
  });

  return el('section', { class: 'te-preview', 'aria-labelledby': 'te-preview-title' },
    el('h2', { id: 'te-preview-title', text: 'Probeer het concept' }),
    el('p', { id: 'te-preview-help', text: 'Dit is een test met de teksten zoals ze nu in de editor staan, ook als ze nog niet zijn opgeslagen. Er wordt geen zaak gemaakt en niets doorgestuurd. Het nummer aan het eind is altijd PREVIEW.' }),
    el('p', {}, restart),
    el('h3', { id: 'te-preview-log-title', text: 'Voorbeeldgesprek' }),
    log,
    form);
}
