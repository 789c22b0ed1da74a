import { z } from 'zod';
import { DOMAINS } from '../nlu/types.js';

/** A resident-facing text in Dutch and English; both are required and non-empty. */
export const TextSchema = z.strictObject({
  nl: z.string().trim().min(1, 'Dutch text (nl) is empty'),
  en: z.string().trim().min(1, 'English text (en) is empty'),
});

const NodeId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'node ids are lower_snake_case');
const SlotName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'slot names are lower_snake_case');

/** A choice the resident can pick; `id` is saved into the node's slot. */
export const OptionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: TextSchema,
  next: NodeId,
});

/** Free-text validations a question can ask for. */
export const VALIDATIONS = ['text', 'email', 'phone', 'postcode', 'contact'] as const;

const base = {
  id: NodeId,
  /** Short label of the answer in the supporter's e-mail, e.g. "Voor wie". */
  summary: TextSchema.optional(),
};

const MessageNode = z.strictObject({ ...base, kind: z.literal('message'), text: TextSchema, next: NodeId });

/** A free-text question saved into a slot; `options` are quick answers that skip the free text. */
const QuestionNode = z.strictObject({
  ...base,
  kind: z.literal('question'),
  text: TextSchema,
  slot: SlotName,
  validate: z.enum(VALIDATIONS).default('text'),
  invalid: TextSchema.optional(),
  options: z.array(OptionSchema).optional(),
  next: NodeId,
});

const ChoiceNode = z.strictObject({
  ...base,
  kind: z.literal('choice'),
  text: TextSchema,
  slot: SlotName.optional(),
  options: z.array(OptionSchema).min(1, 'a choice needs at least one option'),
});

/** Runs the NLU on a slot and branches on what it finds. */
const ClassifyNode = z.strictObject({
  ...base,
  kind: z.literal('classify'),
  slot: SlotName,
  next: NodeId,
  crisis: NodeId.optional(),
  complaint: NodeId.optional(),
  outOfScope: NodeId.optional(),
  lowConfidence: NodeId.optional(),
});

/** Shows the domains found ({domains}) and lets the resident confirm or pick them. */
const ConfirmDomainsNode = z.strictObject({
  ...base,
  kind: z.literal('confirm_domains'),
  text: TextSchema,
  yes: TextSchema,
  no: TextSchema,
  pick: TextSchema,
  dontKnow: TextSchema,
  next: NodeId,
});

/** Lists the organisations that fit ({organisations}) and lets the resident choose. */
const ChooseOrganisationNode = z.strictObject({
  ...base,
  kind: z.literal('choose_organisation'),
  text: TextSchema,
  noPreference: TextSchema,
  infoOnly: TextSchema,
  /** Said after "no preference": which organisation was chosen. */
  chosen: TextSchema,
  max: z.number().int().min(1).max(8).default(3),
  next: NodeId,
  info: NodeId,
});

/** Asks explicit consent to share; nothing is shared without "yes". */
const ConsentNode = z.strictObject({
  ...base,
  kind: z.literal('consent'),
  text: TextSchema,
  yes: TextSchema,
  no: TextSchema,
  next: NodeId,
  refused: NodeId,
});

/** Creates the handoff; the reference exists only after it is stored. */
const HandoffNode = z.strictObject({
  ...base,
  kind: z.literal('handoff'),
  /** Slot with the resident's own words. */
  words: SlotName,
  /** Slots whose answers clarify the question, in the order the supporter reads them. */
  answers: z.array(SlotName),
  /** Slot holding the contact route (phone, e-mail or the option id "chat"). */
  contact: SlotName,
  /** Slot holding how the resident wants to be called, if asked. */
  name: SlotName.optional(),
  next: NodeId,
});

const GotoNode = z.strictObject({ ...base, kind: z.literal('goto'), next: NodeId });
const EndNode = z.strictObject({ ...base, kind: z.literal('end'), text: TextSchema });

export const NodeSchema = z.discriminatedUnion('kind', [
  MessageNode,
  QuestionNode,
  ChoiceNode,
  ClassifyNode,
  ConfirmDomainsNode,
  ChooseOrganisationNode,
  ConsentNode,
  HandoffNode,
  GotoNode,
  EndNode,
]);

/** Texts the runtime needs outside any node: commands, safety, errors. */
export const SYSTEM_TEXTS = [
  'crisis',
  'help',
  'human',
  'stopped',
  'restarted',
  'expired',
  'status',
  'status_none',
  'language_choice',
  'language_set',
  'language_switched',
  'media',
  'empty',
  'too_long',
  'not_understood',
  'invalid',
  'unknown_command',
  'ended',
  'error',
  // Said later, outside a reply, when a supporter acts on the resident's case.
  'case_accepted',
  'case_declined',
  'case_closed',
  'case_waiting',
  'supporter_message',
  'relayed',
  'switched',
  // Erasure ("verwijder mijn gegevens"): the question first, then what happened.
  'erase_confirm',
  'erase_done',
  'erase_cancelled',
] as const;
export type SystemText = (typeof SYSTEM_TEXTS)[number];

export const TreeSchema = z.strictObject({
  id: NodeId,
  start: NodeId,
  texts: z.strictObject(Object.fromEntries(SYSTEM_TEXTS.map((k) => [k, TextSchema])) as Record<SystemText, typeof TextSchema>),
  /** Plain-language labels of the nine life domains. */
  domains: z.strictObject(Object.fromEntries(DOMAINS.map((d) => [d, TextSchema])) as Record<(typeof DOMAINS)[number], typeof TextSchema>),
  /** Said once to a resident who writes Turkish, Arabic, Polish or Ukrainian: in their language, then Dutch. */
  otherLanguages: z.strictObject({ tr: z.string().min(1), ar: z.string().min(1), pl: z.string().min(1), uk: z.string().min(1) }).optional(),
  nodes: z.array(NodeSchema).min(1),
});

export type Tree = z.infer<typeof TreeSchema>;
export type TreeNode = z.infer<typeof NodeSchema>;
export type NodeOf<K extends TreeNode['kind']> = Extract<TreeNode, { kind: K }>;
export type TreeText = z.infer<typeof TextSchema>;
