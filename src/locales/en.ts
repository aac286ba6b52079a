import { codeTableMessages } from './codeTableMessages';
import { commonMessages } from './commonMessages';
import { _mergeCatalogs, type MessageDictionary } from './MessageDictionary';
import { partyMessages } from './partyMessages';
import { phoneMessages } from './phoneMessages';
import { recordMessages } from './recordMessages';
import { residentIdMessages } from './residentIdMessages';
import { sanDingMessages } from './sanDingMessages';
import { sheetMessages } from './sheetMessages';
import { unitMessages } from './unitMessages';
import { unitPathMessages } from './unitPathMessages';
import { usccMessages } from './usccMessages';

/** English messages of every issue code, on request with `{ locale: 'en' }`. */
export const en = /* @__PURE__ */ _mergeCatalogs(
  'en',
  commonMessages,
  residentIdMessages,
  usccMessages,
  phoneMessages,
  codeTableMessages,
  recordMessages,
  unitPathMessages,
  partyMessages,
  unitMessages,
  sheetMessages,
  sanDingMessages,
) satisfies MessageDictionary;
