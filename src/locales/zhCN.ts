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

/** Chinese (zh-CN) messages of every issue code, the default locale. */
export const zhCN = /* @__PURE__ */ _mergeCatalogs(
  'zh-CN',
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
