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

/** Chinese (zh-CN) messages of every issue code, the default locale. */
export const zhCN = {
  ...commonMessages['zh-CN'],
  ...residentIdMessages['zh-CN'],
  ...usccMessages['zh-CN'],
  ...phoneMessages['zh-CN'],
  ...codeTableMessages['zh-CN'],
  ...recordMessages['zh-CN'],
  ...unitPathMessages['zh-CN'],
  ...partyMessages['zh-CN'],
  ...unitMessages['zh-CN'],
} satisfies MessageDictionary;
