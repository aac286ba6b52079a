import { codeTableMessages } from './codeTableMessages';
import { commonMessages } from './commonMessages';
import type { MessageDictionary } from './MessageDictionary';
import { phoneMessages } from './phoneMessages';
import { residentIdMessages } from './residentIdMessages';
import { usccMessages } from './usccMessages';

/** Chinese (zh-CN) messages of every issue code, the default locale. */
export const zhCN = {
  ...commonMessages['zh-CN'],
  ...residentIdMessages['zh-CN'],
  ...usccMessages['zh-CN'],
  ...phoneMessages['zh-CN'],
  ...codeTableMessages['zh-CN'],
} satisfies MessageDictionary;
