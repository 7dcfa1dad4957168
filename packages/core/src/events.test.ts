import { expect, fixture, html, oneEvent } from '@minga/test-utils';
import { MingaEvent } from './events.js';

class SampleChangeEvent extends MingaEvent<{ value: number }> {
  static readonly eventName = 'minga-sample-change';
  constructor(value: number) {
    super(SampleChangeEvent.eventName, { value }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-sample-change': SampleChangeEvent;
  }
}

describe('MingaEvent', () => {
  it('bubbles out of a shadow root to the document, typed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    setTimeout(() => inner.dispatchEvent(new SampleChangeEvent(42)));
    const event = await oneEvent(document, 'minga-sample-change');
    expect(event).to.be.instanceOf(SampleChangeEvent);
    expect(event.detail.value).to.equal(42);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(host);
  });

  it('can be cancelable', () => {
    const event = new SampleChangeEvent(1);
    event.preventDefault();
    expect(event.defaultPrevented).to.equal(true);
  });
});
