// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { becomeLiveInstance } from '../../../lib/page/instance-guard';

describe('one live content-script instance, whatever the page dispatches', () => {
  it("ignores a page-dispatched 'content-script-started' event, and a new instance still stops the old one", () => {
    fakeBrowser.reset();
    const world: Record<string, unknown> = {};
    const first = new ContentScriptContext('content');
    becomeLiveInstance(first, world);
    // What a hostile page does: the event WXT listens for, with a made-up instance id.
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'page' } }));
    expect(first.isValid).toBe(true);
    const second = new ContentScriptContext('content');
    becomeLiveInstance(second, world);
    expect(first.isValid).toBe(false);
    expect(second.isValid).toBe(true);
    second.notifyInvalidated();
    expect(world).toEqual({});
  });
});
