import type { HandoffStatus } from '../handoff/handoff.js';
import type { Lang } from './messages.js';

/** Plain words for a handoff's status, for the resident's `status` command. */
export const STATUS_LABELS: Record<HandoffStatus, Record<Lang, string>> = {
  queued: { nl: 'ontvangen, we sturen je vraag nu door', en: 'received, we are passing your question on' },
  sent: { nl: 'doorgestuurd, de organisatie heeft je vraag', en: 'passed on, the organisation has your question' },
  accepted: { nl: 'opgepakt door de organisatie', en: 'taken up by the organisation' },
  declined: { nl: 'niet aangenomen, we zoeken een andere organisatie', en: 'declined, we are looking for another organisation' },
  closed: { nl: 'afgerond', en: 'closed' },
};
