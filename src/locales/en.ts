import { codeTableMessages } from './codeTableMessages';
import { commonMessages } from './commonMessages';
import type { MessageDictionary } from './MessageDictionary';
import { partyMessages } from './partyMessages';
import { phoneMessages } from './phoneMessages';
import { recordMessages } from './recordMessages';
import { residentIdMessages } from './residentIdMessages';
import { unitMessages } from './unitMessages';
import { unitPathMessages } from './unitPathMessages';
import { usccMessages } from './usccMessages';

/** English messages of every issue code, on request with `{ locale: 'en' }`. */
export const en = {
  ...commonMessages.en,
  ...residentIdMessages.en,
  ...usccMessages.en,
  ...phoneMessages.en,
  ...codeTableMessages.en,
  ...recordMessages.en,
  ...unitPathMessages.en,
  ...partyMessages.en,
  ...unitMessages.en,
} satisfies MessageDictionary;
