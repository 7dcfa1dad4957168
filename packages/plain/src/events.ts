import { MingaEvent } from '@minga/core';
import type { Analysis } from './analyze.js';

/** A text was analysed (on each change). */
export class MingaPlainAnalyzeEvent extends MingaEvent<{ analysis: Analysis }> {
  static readonly eventName = 'minga-plain-analyze';
  constructor(detail: { analysis: Analysis }) {
    super(MingaPlainAnalyzeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-plain-analyze': MingaPlainAnalyzeEvent;
  }
}
