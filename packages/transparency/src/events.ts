import { MingaEvent } from '@minga/core';

/** The month shown changed (picker, deep link or year table). */
export class MingaTransparencyChangeEvent extends MingaEvent<{ year: number; month: string }> {
  static readonly eventName = 'minga-transparency-change';
  constructor(detail: { year: number; month: string }) {
    super(MingaTransparencyChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-transparency-change': MingaTransparencyChangeEvent;
  }
}
