import { commandLang, parseCommand } from './commands.js';
import { fold, matchChoice } from './match-choice.js';
import type { Choice, Lang, Outbound } from './messages.js';
import { render } from './render.js';
import type { ConversationState, StepContext, StepResult } from './state.js';
import { STATUS_LABELS } from './status-labels.js';
import { initialState, reprompt, step } from './step.js';
import type { Tree, TreeText } from './tree-schema.js';

/** Longer messages are refused with a kind request to shorten them; nothing of them is kept. */
export const MAX_TEXT = 10_000;

/** A resident's message as the core sees it, whatever the channel. */
export type TurnInput = { kind: 'text'; text: string } | { kind: 'choice'; choice: string } | { kind: 'media' };

const LANGUAGE_CHOICES = [
  { id: 'nl', label: 'Nederlands' },
  { id: 'en', label: 'English' },
];
const LANGUAGE_WORDS: Record<string, Lang> = { nl: 'nl', nederlands: 'nl', dutch: 'nl', '1': 'nl', en: 'en', english: 'en', engels: 'en', '2': 'en' };
/** "Really erase everything?" Yes is first, so "1" is yes; anything that is not yes keeps everything. */
const ERASE_CHOICES: Record<Lang, Choice[]> = {
  nl: [
    { id: 'yes', label: 'Ja' },
    { id: 'no', label: 'Nee' },
  ],
  en: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
};
const ERASE_CANDIDATES = [
  { id: 'yes', labels: ['Ja', 'Yes'] },
  { id: 'no', labels: ['Nee', 'No'] },
];

/**
 * One resident message, start to finish, without I/O: a new conversation's greeting, global
 * commands, the crisis answer before anything else, then the dialog step. Pure, like `step`.
 */
export function turn(tree: Tree, version: string, state: ConversationState | undefined, input: TurnInput, ctx: StepContext, opts: { expired?: boolean } = {}): StepResult {
  if (!state || state.stopped) {
    const fresh = initialState(tree, version);
    // Erasure also works when the conversation itself has expired (days after a handoff): the
    // question comes first, in the language of the words typed; the greeting only if they say no.
    if (input.kind === 'text' && parseCommand(input.text) === 'erase') {
      return askErase(tree, { ...fresh, lang: state?.lang ?? commandLang(input.text) ?? fresh.lang, langChosen: state?.langChosen ?? false }, ctx);
    }
    const greeting = step(tree, fresh, { kind: 'start' }, ctx);
    const before = opts.expired ? [text(tree.texts.expired, fresh, ctx)] : [];
    const said = input.kind === 'text' ? input.text.trim() : '';
    // A first message with real content (or a voice note) is answered at once; "hallo" just gets the greeting.
    const substantive = (said.split(/\s+/).length >= 3 && parseCommand(said) === undefined) || input.kind === 'media';
    if (!substantive && !(said && ctx.isCrisis(said))) return { ...greeting, replies: [...before, ...greeting.replies] };
    const rest = respond(tree, greeting.state, input, ctx);
    return { ...rest, replies: [...before, ...greeting.replies, ...rest.replies] };
  }
  return respond(tree, state, input, ctx);
}

function respond(tree: Tree, state: ConversationState, input: TurnInput, ctx: StepContext): StepResult {
  if (state.pending === 'erase') return answerErase(tree, state, input, ctx);
  if (input.kind === 'media') return step(tree, state, { kind: 'media' }, ctx);
  if (input.kind === 'choice') {
    const answered = state.pending === 'language' ? setLanguage(tree, state, input.choice, ctx) : undefined;
    return answered ?? step(tree, withoutPending(state), input, ctx);
  }
  const said = input.text.trim();
  if (!said) return prefixed(tree, state, ctx, tree.texts.empty);
  if (said.length > MAX_TEXT) return prefixed(tree, state, ctx, tree.texts.too_long);

  if (state.pending === 'language') {
    const answered = setLanguage(tree, state, said, ctx);
    if (answered) return answered;
    state = withoutPending(state);
  }

  switch (parseCommand(said)) {
    case 'stop':
      return { state: { ...state, stopped: true }, replies: [text(tree.texts.stopped, state, ctx)], effects: [] };
    case 'restart': {
      const fresh = initialState(tree, state.version);
      fresh.lang = state.lang;
      fresh.langChosen = state.langChosen;
      const again = step(tree, fresh, { kind: 'start' }, ctx);
      return { ...again, replies: [text(tree.texts.restarted, fresh, ctx), ...again.replies] };
    }
    case 'human':
      return prefixed(tree, state, ctx, tree.texts.human);
    case 'help':
      return prefixed(tree, state, ctx, tree.texts.help);
    case 'language':
      return {
        state: { ...state, pending: 'language' },
        replies: [{ kind: 'choices', text: render(tree.texts.language_choice, state, ctx.pool, ctx.site), choices: LANGUAGE_CHOICES }],
        effects: [],
      };
    case 'status': {
      const h = ctx.handoff;
      if (!h) return prefixed(tree, state, ctx, tree.texts.status_none);
      const vars = { reference: h.reference, organisation: h.organisation, status: STATUS_LABELS[h.status][state.lang] };
      return prefixed(tree, state, ctx, tree.texts.status, vars);
    }
    case 'switch': {
      const h = ctx.handoff;
      const choose = tree.nodes.find((n) => n.kind === 'choose_organisation');
      if (!h || !state.organisation || !choose) return prefixed(tree, state, ctx, tree.texts.status_none);
      // The runtime has told the organisation; here the resident picks again, with the same story.
      const { reference: _reference, organisation, consent: _consent, ...rest } = state;
      const again = reprompt(tree, { ...rest, node: choose.id, offered: [], excluded: [...(state.excluded ?? []), organisation] }, ctx);
      return { ...again, replies: [text(tree.texts.switched, state, ctx, { organisation: h.organisation }), ...again.replies] };
    }
    case 'erase':
      return askErase(tree, state, ctx);
    case 'unknown':
      return prefixed(tree, state, ctx, tree.texts.unknown_command);
    case undefined:
      break;
  }

  if (ctx.isCrisis(said)) {
    const crisis = text(tree.texts.crisis, state, ctx);
    // Safety first. When this was their story, it is still taken so they need not tell it again;
    // anywhere else (a name, a phone number) the question is simply asked again.
    const node = tree.nodes.find((n) => n.id === state.node);
    const isStory = node?.kind === 'question' && tree.nodes.some((n) => n.kind === 'classify' && n.slot === node.slot);
    const next = isStory ? step(tree, state, { kind: 'text', text: said }, ctx) : reprompt(tree, state, ctx);
    return { ...next, replies: [crisis, ...next.replies] };
  }
  return step(tree, state, { kind: 'text', text: said }, ctx);
}

function askErase(tree: Tree, state: ConversationState, ctx: StepContext): StepResult {
  return {
    state: { ...state, pending: 'erase' },
    replies: [{ kind: 'choices', text: render(tree.texts.erase_confirm, state, ctx.pool, ctx.site), choices: ERASE_CHOICES[state.lang] }],
    effects: [],
  };
}

/**
 * The answer to "really erase everything?". Yes: the runtime erases (and says erase_done, or the
 * error text if that fails). Anything else keeps everything and says so; a command or a crisis
 * message is then answered as it would have been.
 */
function answerErase(tree: Tree, state: ConversationState, input: TurnInput, ctx: StepContext): StepResult {
  const kept = withoutPending(state);
  const said = input.kind === 'text' ? input.text.trim() : input.kind === 'choice' ? input.choice : '';
  if (said && said.length <= MAX_TEXT && matchChoice(said, ERASE_CANDIDATES) === 'yes') {
    return { state: kept, replies: [text(tree.texts.erase_done, kept, ctx)], effects: [{ kind: 'erase' }] };
  }
  if (input.kind === 'text' && parseCommand(said) === 'erase') return askErase(tree, kept, ctx);
  const cancelled = text(tree.texts.erase_cancelled, kept, ctx);
  let rest: StepResult;
  if (input.kind === 'text' && said.length <= MAX_TEXT && (parseCommand(said) !== undefined || ctx.isCrisis(said))) rest = respond(tree, kept, input, ctx);
  // Asked before the greeting (an expired conversation): now the greeting.
  else if (kept.node === tree.start) rest = step(tree, kept, { kind: 'start' }, ctx);
  else rest = reprompt(tree, kept, ctx);
  return { ...rest, replies: [cancelled, ...rest.replies] };
}

function withoutPending(state: ConversationState): ConversationState {
  const copy = { ...state };
  delete copy.pending;
  return copy;
}

function setLanguage(tree: Tree, state: ConversationState, said: string, ctx: StepContext): StepResult | undefined {
  const lang = LANGUAGE_WORDS[fold(said)];
  if (!lang) return undefined;
  const next = withoutPending({ ...state, lang, langChosen: true });
  return prefixed(tree, next, ctx, tree.texts.language_set);
}

/** A system text, then the current question again so the resident knows where they are. */
function prefixed(tree: Tree, state: ConversationState, ctx: StepContext, t: TreeText, vars?: Record<string, string>): StepResult {
  const again = reprompt(tree, state, ctx);
  return { ...again, replies: [text(t, state, ctx, vars), ...again.replies] };
}

function text(t: TreeText, state: ConversationState, ctx: StepContext, vars?: Record<string, string>): Outbound {
  return { kind: 'text', text: render(t, state, ctx.pool, { ...ctx.site, ...vars }) };
}
