import { z } from 'zod';
import { TextSchema } from '../core/tree-schema.js';
import { DOMAINS } from '../nlu/types.js';

/** Ways an organisation can be in touch with a resident. */
export const WAYS = ['phone', 'home_visit', 'email', 'whatsapp', 'walk_in'] as const;

/** Groups an organisation can focus on; `everyone` means no focus. */
export const TARGET_GROUPS = ['everyone', 'older', 'youth', 'parents', 'carers', 'disability', 'migrants', 'shelter'] as const;

const WaySchema = z.enum(WAYS);
const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'use a two-letter ISO 639-1 code, e.g. "nl"');
const PhoneSchema = z.string().regex(/^\+?[0-9][0-9 -]{1,18}[0-9]$/, 'invalid phone number');

/** One organisation in the pool; contact data is entered by an administrator, never guessed. */
export const OrganisationSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are lower_snake_case'),
  name: z.string().trim().min(1, 'name is empty'),
  description: TextSchema,
  domains: z.array(z.enum(DOMAINS)).min(1, 'an organisation covers at least one life domain'),
  languages: z.array(LanguageCode).min(1, 'an organisation speaks at least one language'),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1, 'use ["everyone"] when there is no focus'),
  ways: z.array(WaySchema).min(1, 'an organisation needs at least one way of working'),
  email: z.email('invalid e-mail'),
  phone: PhoneSchema.optional(),
  website: z.url({ protocol: /^https$/, error: 'website must be an https URL' }).optional(),
  responseTime: TextSchema,
  /** False when the organisation also decides on provisions (the social district team). */
  independent: z.boolean(),
  independence: TextSchema,
  /** Can support a resident with a complaint: only organisations with no other role in the social domain. */
  complaintDesk: z.boolean(),
  active: z.boolean(),
});

/** The municipality's pool of organisations for client support, as kept in `data/pool.yaml`. */
export const PoolSchema = z
  .strictObject({
    municipality: z.string().trim().min(1),
    referencePrefix: z.string().regex(/^[A-Z]{2}$/, 'two capital letters, e.g. "HA"'),
    frontDesk: z.strictObject({
      name: TextSchema,
      phone: PhoneSchema,
      hours: TextSchema,
    }),
    /** Who keeps an eye on the pool (the municipality's contract manager): told when a case waits too long. */
    coordinator: z.strictObject({ name: z.string().trim().min(1), email: z.email() }).optional(),
    labels: z.strictObject({
      ways: z.record(WaySchema, TextSchema),
      languages: z.record(LanguageCode, TextSchema),
    }),
    organisations: z.array(OrganisationSchema).min(1, 'the pool has no organisations'),
  })
  .superRefine((pool, ctx) => {
    const seen = new Map<string, number>();
    pool.organisations.forEach((org, i) => {
      const first = seen.get(org.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['organisations', i, 'id'], message: `duplicate id, also used by organisations[${first}]` });
      } else {
        seen.set(org.id, i);
      }
      org.languages.forEach((code, j) => {
        if (!(code in pool.labels.languages)) {
          ctx.addIssue({ code: 'custom', path: ['organisations', i, 'languages', j], message: `no label for language "${code}" in labels.languages` });
        }
      });
      for (const field of ['domains', 'languages', 'targetGroups', 'ways'] as const) {
        const values: readonly string[] = org[field];
        if (new Set(values).size !== values.length) {
          ctx.addIssue({ code: 'custom', path: ['organisations', i, field], message: 'contains a value twice' });
        }
      }
      if (org.complaintDesk && !org.independent) {
        ctx.addIssue({ code: 'custom', path: ['organisations', i, 'complaintDesk'], message: 'a complaint desk must be independent' });
      }
    });
    if (!pool.organisations.some((org) => org.active && org.independent)) {
      ctx.addIssue({ code: 'custom', path: ['organisations'], message: 'needs at least one active independent organisation' });
    }
  });

/** A way of working, e.g. `home_visit`. */
export type Way = z.infer<typeof WaySchema>;
/** A group an organisation focuses on. */
export type TargetGroup = (typeof TARGET_GROUPS)[number];
/** One organisation in the pool. */
export type Organisation = z.infer<typeof OrganisationSchema>;
/** The validated pool. */
export type Pool = z.infer<typeof PoolSchema>;
