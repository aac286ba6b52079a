import { codeTableMessages } from './codeTableMessages';
import { commonMessages } from './commonMessages';
import type { MessageDictionary } from './MessageDictionary';
import { phoneMessages } from './phoneMessages';
import { residentIdMessages } from './residentIdMessages';
import { usccMessages } from './usccMessages';

/** English messages of every issue code, on request with `{ locale: 'en' }`. */
export const en = {
  ...commonMessages.en,
  ...residentIdMessages.en,
  ...usccMessages.en,
  ...phoneMessages.en,
  ...codeTableMessages.en,
} satisfies MessageDictionary;
