import { bestMatch, rankOrganisations } from '../pool/match.js';
import { describeOrganisation } from '../pool/describe.js';
import { DOMAINS, type Classification, type LifeDomain } from '../nlu/types.js';
import { matchChoice, matchMany, type ChoiceCandidate } from './match-choice.js';
import type { Choice, Outbound } from './messages.js';
import { render } from './render.js';
import type { ConversationState, Effect, HandoffDraft, StepContext, StepInput, StepResult } from './state.js';
import type { NodeOf, Tree, TreeNode, TreeText } from './tree-schema.js';
import { validateAnswer } from './validate.js';

/** Nodes passed through without waiting in one step; the linter makes loops impossible, this is a backstop. */
const MAX_HOPS = 100;
const DONT_KNOW = 'dont_know';

/** A fresh conversation on a tree, before its greeting. */
export function initialState(tree: Tree, version: string): ConversationState {
  return { tree: tree.id, version, node: tree.start, lang: 'nl', langChosen: false, slots: {}, domains: [], kind: 'support', offered: [] };
}

/**
 * Moves one conversation one step: pure, so whole intakes can be tested as tables and fuzzed.
 * What it needs from outside arrives in `input`/`ctx`; what it wants done leaves as `effects`.
 */
export function step(tree: Tree, state: ConversationState, input: StepInput, ctx: StepContext): StepResult {
  const run = new Run(tree, structuredClone(state), ctx);
  run.handle(input);
  return { state: run.state, replies: run.replies, effects: run.effects };
}

/** Says the current node's question again, e.g. after a command or the crisis text. */
export function reprompt(tree: Tree, state: ConversationState, ctx: StepContext): StepResult {
  const run = new Run(tree, structuredClone(state), ctx);
  // After the end there is no question to repeat; the command's own answer is enough.
  if (tree.nodes.find((n) => n.id === state.node)?.kind !== 'end') run.prompt();
  return { state: run.state, replies: run.replies, effects: run.effects };
}

class Run {
  readonly replies: Outbound[] = [];
  readonly effects: Effect[] = [];
  private readonly nodes: Map<string, TreeNode>;

  constructor(
    private readonly tree: Tree,
    readonly state: ConversationState,
    private readonly ctx: StepContext,
  ) {
    this.nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  }

  private node(id: string): TreeNode {
    const node = this.nodes.get(id);
    // The loader refuses trees with unknown targets; reaching this means a stale state.
    if (!node) throw new Error(`tree '${this.tree.id}' has no node '${id}'`);
    return node;
  }

  private text(t: TreeText, extra?: Record<string, string>): string {
    return render(t, this.state, this.ctx.pool, { ...this.ctx.site, ...extra });
  }

  private say(t: TreeText, extra?: Record<string, string>): void {
    this.replies.push({ kind: 'text', text: this.text(t, extra) });
  }

  private ask(t: TreeText, choices: Choice[], extra?: Record<string, string>): void {
    this.replies.push(choices.length ? { kind: 'choices', text: this.text(t, extra), choices } : { kind: 'text', text: this.text(t, extra) });
  }

  handle(input: StepInput): void {
    const node = this.node(this.state.node);
    switch (input.kind) {
      case 'start':
        return this.enter(this.tree.start);
      case 'media':
        this.say(this.tree.texts.media);
        return this.prompt();
      case 'classified':
        if (node.kind === 'classify') return this.classified(node, input.result);
        return this.prompt();
      case 'handed-off':
        if (node.kind !== 'handoff') return this.prompt();
        this.state.reference = input.reference;
        return this.enter(node.next);
      case 'effect-failed':
        this.say(this.tree.texts.error);
        return;
      case 'choice':
      case 'text':
        return this.answer(node, input.kind === 'text' ? input.text : input.choice);
    }
  }

  /** Runs through nodes that need no answer until one waits or asks for an effect. */
  private enter(id: string): void {
    for (let hops = 0; hops < MAX_HOPS; hops++) {
      const node = this.node(id);
      this.state.node = node.id;
      delete this.state.phase;
      switch (node.kind) {
        case 'message':
          this.say(node.text);
          id = node.next;
          continue;
        case 'goto':
          id = node.next;
          continue;
        case 'classify':
          this.state.phase = 'wait';
          this.effects.push({ kind: 'classify', text: this.state.slots[node.slot] ?? '' });
          return;
        case 'handoff':
          this.state.phase = 'wait';
          this.effects.push({ kind: 'handoff', draft: this.handoffDraft(node) });
          return;
        default:
          return this.prompt();
      }
    }
    throw new Error(`tree '${this.tree.id}': more than ${MAX_HOPS} nodes without waiting, at '${id}'`);
  }

  /** Asks what the current node wants to know. */
  prompt(): void {
    const node = this.node(this.state.node);
    switch (node.kind) {
      case 'question':
        return this.ask(node.text, this.options(node.options));
      case 'choice':
        return this.ask(node.text, this.options(node.options));
      case 'confirm_domains':
        if (this.state.domains.length === 0 || this.state.phase === 'pick') {
          this.state.phase = 'pick';
          return this.ask(node.pick, this.domainChoices(node));
        }
        return this.ask(node.text, [
          { id: 'yes', label: node.yes[this.state.lang] },
          { id: 'no', label: node.no[this.state.lang] },
        ], { domains: this.domainLabels() });
      case 'choose_organisation': {
        const orgs = this.ranked().slice(0, node.max);
        this.state.offered = orgs.map((o) => o.id);
        const organisations = orgs.map((o) => describeOrganisation(o, this.ctx.pool, this.state.lang)).join('\n\n');
        return this.ask(node.text, this.organisationChoices(node), { organisations });
      }
      case 'consent':
        return this.ask(node.text, [
          { id: 'yes', label: node.yes[this.state.lang] },
          { id: 'no', label: node.no[this.state.lang] },
        ], { organisation: this.organisationName() });
      case 'end':
        return this.say(node.text, this.caseVars());
      case 'classify':
      case 'handoff':
        // Only reached when the effect failed earlier: try it again.
        return this.enter(node.id);
      default:
        return this.enter(node.next);
    }
  }

  private answer(node: TreeNode, said: string): void {
    switch (node.kind) {
      case 'question': {
        const option = node.options && matchChoice(said, this.candidates(node.options));
        if (option) {
          this.state.slots[node.slot] = option;
          return this.enter(node.options!.find((o) => o.id === option)!.next);
        }
        const value = validateAnswer(node.validate, said);
        if (value === undefined) return this.ask(node.invalid ?? this.tree.texts.invalid, this.options(node.options));
        this.state.slots[node.slot] = value;
        return this.enter(node.next);
      }
      case 'choice': {
        const id = matchChoice(said, this.candidates(node.options));
        if (!id) return this.notUnderstood(this.options(node.options));
        if (node.slot) this.state.slots[node.slot] = id;
        return this.enter(node.options.find((o) => o.id === id)!.next);
      }
      case 'confirm_domains':
        return this.confirmDomains(node, said);
      case 'choose_organisation':
        return this.chooseOrganisation(node, said);
      case 'consent': {
        const id = matchChoice(said, [
          { id: 'yes', labels: [node.yes.nl, node.yes.en] },
          { id: 'no', labels: [node.no.nl, node.no.en] },
        ]);
        if (id === 'yes') {
          this.state.consent = { at: this.ctx.now, text: render(node.text, { ...this.state, lang: 'nl' }, this.ctx.pool, { ...this.ctx.site, organisation: this.organisationName() }) };
          return this.enter(node.next);
        }
        if (id === 'no') return this.enter(node.refused);
        return this.notUnderstood([
          { id: 'yes', label: node.yes[this.state.lang] },
          { id: 'no', label: node.no[this.state.lang] },
        ]);
      }
      case 'end':
        return this.say(this.tree.texts.ended, this.caseVars());
      default:
        return this.prompt();
    }
  }

  private notUnderstood(choices: Choice[]): void {
    this.ask(this.tree.texts.not_understood, choices);
  }

  private classified(node: NodeOf<'classify'>, result: Classification): void {
    if (result.language === 'en' && this.state.lang === 'nl' && !this.state.langChosen) {
      this.state.lang = 'en';
      this.say(this.tree.texts.language_switched);
    }
    const other = result.language;
    if ((other === 'tr' || other === 'ar' || other === 'pl' || other === 'uk') && !this.state.writtenIn && !this.state.langChosen) {
      this.state.writtenIn = other;
      const notice = this.tree.otherLanguages?.[other];
      if (notice) this.replies.push({ kind: 'text', text: notice });
    }
    this.state.domains = result.domains.map((d) => d.id).slice(0, 3);
    if (result.complaint) this.state.kind = 'complaint';
    if (result.crisis && node.crisis) return this.enter(node.crisis);
    if (result.outOfScope && node.outOfScope) return this.enter(node.outOfScope);
    if (result.complaint && node.complaint) return this.enter(node.complaint);
    if (this.state.domains.length === 0 && node.lowConfidence) return this.enter(node.lowConfidence);
    return this.enter(node.next);
  }

  private confirmDomains(node: NodeOf<'confirm_domains'>, said: string): void {
    if (this.state.phase === 'pick') {
      const ids = matchMany(said, this.domainCandidates(node));
      if (ids.length === 0) return this.notUnderstood(this.domainChoices(node));
      this.state.domains = ids.includes(DONT_KNOW) ? [] : (ids as LifeDomain[]);
      return this.enter(node.next);
    }
    const id = matchChoice(said, [
      { id: 'yes', labels: [node.yes.nl, node.yes.en] },
      { id: 'no', labels: [node.no.nl, node.no.en] },
    ]);
    if (id === 'yes') return this.enter(node.next);
    if (id === 'no') {
      this.state.phase = 'pick';
      return this.prompt();
    }
    return this.prompt();
  }

  private chooseOrganisation(node: NodeOf<'choose_organisation'>, said: string): void {
    const id = matchChoice(said, this.organisationCandidates(node));
    if (!id) return this.notUnderstood(this.organisationChoices(node));
    if (id === 'info_only') return this.enter(node.info);
    if (id === 'no_preference') {
      const excluded = this.state.excluded ?? [];
      const best = excluded.length === 0 ? bestMatch(this.ctx.pool, this.matchRequest()) : this.ranked().find((o) => o.independent);
      if (!best) return this.enter(node.info);
      this.state.organisation = best.id;
      this.say(node.chosen, { organisation: best.name });
      return this.enter(node.next);
    }
    this.state.organisation = id;
    return this.enter(node.next);
  }

  private options(options: { id: string; label: TreeText }[] | undefined): Choice[] {
    return (options ?? []).map((o) => ({ id: o.id, label: o.label[this.state.lang] }));
  }

  private candidates(options: { id: string; label: TreeText }[]): ChoiceCandidate[] {
    return options.map((o) => ({ id: o.id, labels: [o.label.nl, o.label.en] }));
  }

  private domainCandidates(node: NodeOf<'confirm_domains'>): ChoiceCandidate[] {
    return [
      ...DOMAINS.map((d) => ({ id: d, labels: [this.tree.domains[d].nl, this.tree.domains[d].en] })),
      { id: DONT_KNOW, labels: [node.dontKnow.nl, node.dontKnow.en] },
    ];
  }

  private domainChoices(node: NodeOf<'confirm_domains'>): Choice[] {
    return this.domainCandidates(node).map((c) => ({ id: c.id, label: c.id === DONT_KNOW ? node.dontKnow[this.state.lang] : this.tree.domains[c.id as LifeDomain][this.state.lang] }));
  }

  private domainLabels(): string {
    return this.state.domains.map((d) => this.tree.domains[d][this.state.lang]).join(', ');
  }

  private organisationCandidates(node: NodeOf<'choose_organisation'>): ChoiceCandidate[] {
    const orgs = this.state.offered.map((id) => this.ctx.pool.organisations.find((o) => o.id === id)).filter((o) => o !== undefined);
    return [
      ...orgs.map((o) => ({ id: o.id, labels: [o.name] })),
      { id: 'no_preference', labels: [node.noPreference.nl, node.noPreference.en] },
      { id: 'info_only', labels: [node.infoOnly.nl, node.infoOnly.en] },
    ];
  }

  private organisationChoices(node: NodeOf<'choose_organisation'>): Choice[] {
    return this.organisationCandidates(node).map((c) => ({
      id: c.id,
      label: c.id === 'no_preference' ? node.noPreference[this.state.lang] : c.id === 'info_only' ? node.infoOnly[this.state.lang] : c.labels[0]!,
    }));
  }

  /** Organisations that fit, best first, without those the resident left. */
  private ranked() {
    const excluded = this.state.excluded ?? [];
    return rankOrganisations(this.ctx.pool, this.matchRequest()).filter((o) => !excluded.includes(o.id));
  }

  private matchRequest() {
    const forChild = Object.values(this.state.slots).some((v) => v === 'child');
    return { domains: this.state.domains, kind: this.state.kind, lang: this.state.writtenIn ?? this.state.lang, targetGroups: forChild ? ['youth', 'parents'] : [] };
  }

  private organisation() {
    return this.ctx.pool.organisations.find((o) => o.id === this.state.organisation);
  }

  private organisationName(): string {
    return this.organisation()?.name ?? '';
  }

  private caseVars(): Record<string, string> {
    const org = this.organisation();
    return {
      organisation: org?.name ?? '',
      responseTime: org?.responseTime[this.state.lang] ?? '',
      reference: this.state.reference ?? '',
    };
  }

  /** What the supporter gets: Dutch labels, the resident's own words as typed. */
  private handoffDraft(node: NodeOf<'handoff'>): HandoffDraft {
    const org = this.organisation();
    if (!org || !this.state.consent) throw new Error(`tree '${this.tree.id}': handoff node '${node.id}' reached without an organisation and consent`);
    const slots = this.state.slots;
    const contactValue = slots[node.contact];
    const name = node.name ? slots[node.name] : undefined;
    const askedBy = (slot: string) => this.tree.nodes.find((n) => (n.kind === 'question' || n.kind === 'choice') && n.slot === slot) as NodeOf<'question' | 'choice'> | undefined;
    const answers = node.answers.flatMap((slot) => {
      const value = slots[slot];
      if (value === undefined) return [];
      const asker = askedBy(slot);
      const option = asker?.options?.find((o) => o.id === value);
      return [{ label: asker?.summary?.nl ?? slot, value: option ? option.label.nl : value }];
    });
    const nameOption = node.name ? askedBy(node.name)?.options?.some((o) => o.id === name) : false;
    return {
      kind: this.state.kind,
      organisation: { id: org.id, name: org.name, email: org.email },
      domains: this.state.domains.map((d) => ({ id: d, label: this.tree.domains[d].nl })),
      words: slots[node.words] ?? '',
      answers,
      contact: {
        route: contactValue === undefined || !/[@\d]/.test(contactValue) ? 'chat' : contactValue.includes('@') ? 'email' : 'phone',
        ...(contactValue && /[@\d]/.test(contactValue) ? { value: contactValue } : {}),
        ...(name && !nameOption ? { name } : {}),
      },
      lang: this.state.lang,
      ...(this.state.writtenIn ? { writtenIn: this.state.writtenIn } : {}),
      consent: this.state.consent,
    };
  }
}
