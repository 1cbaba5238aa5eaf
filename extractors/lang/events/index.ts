/** Event vocabularies by language. */
import type { Lang } from '../../../types.js';
import type { EventLexicon } from './_types.js';
import { bg } from './bg.js';
import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';
import { uk } from './uk.js';

export type { EventLexicon } from './_types.js';
export const EVENT_LEXICONS: Record<Lang, EventLexicon> = { uk, ru, pl, bg, en };
