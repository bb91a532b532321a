// Live push (issue 25): the server-sent events of GET /inbox/changes and GET /cases/changes, read with fetch because an
// EventSource cannot send the bearer token. Each event only says "this inbox (these cases) changed": the listener reads
// them again, so nothing is missed and nothing shown twice; "ready" (a new or re-opened stream) is the catch-up after a drop. While the
// stream is down the listener is called on a short poll, and the stream is tried again with a growing back-off; while it
// is up, a slow poll stays as a safety net.
import { session } from './api.js';

const FALLBACK_POLL_MS = 1000;
const HIDDEN_POLL_MS = 5000;
const SAFETY_POLL_MS = 30000;
const MAX_BACKOFF_MS = 30000;
const MIN_GAP_MS = 250; // a burst of changes (a drill) reloads a page at most four times a second

const feeds = new Map(); // stream path → { listeners, live, stop }

/** Calls {@code onChange} now, on every change of the caller's inbox of that mode, and on the fallback polls; returns stop(). */
export const watchInbox = (mode, onChange) => watch(`/api/v1/inbox/changes?mode=${mode}`, onChange);

/** The same for the cases of a mode (the case board, a case page). */
export const watchCases = (mode, onChange) => watch(`/api/v1/cases/changes?mode=${mode}`, onChange);

function watch(path, onChange) {
  let feed = feeds.get(path);
  if (!feed) {
    feed = open(path);
    feeds.set(path, feed);
  }
  feed.listeners.add(onChange);
  onChange();
  return () => {
    feed.listeners.delete(onChange);
    if (!feed.listeners.size) { feed.stop(); feeds.delete(path); }
  };
}

function open(path) {
  const feed = { listeners: new Set(), live: false, stop: null };
  let stopped = false;
  let controller = null;
  let pollTimer = null;
  let backoff = 1000;

  // One reload at a time per listener; a change heard during a reload runs it once more after.
  const running = new Map();
  const notify = () => feed.listeners.forEach(fn => {
    const state = running.get(fn);
    if (state) { state.again = true; return; }
    const run = async () => {
      const started = Date.now();
      running.set(fn, { again: false });
      try { await fn(); } catch { /* each listener shows its own problems */ }
      if (running.get(fn).again && !stopped) {
        setTimeout(() => { if (!stopped) run(); }, Math.max(0, MIN_GAP_MS - (Date.now() - started)));
        running.get(fn).again = false;
        return;
      }
      running.delete(fn);
    };
    run();
  });

  const schedulePoll = () => {
    clearTimeout(pollTimer);
    if (stopped) return;
    const every = feed.live ? SAFETY_POLL_MS : (document.hidden ? HIDDEN_POLL_MS : FALLBACK_POLL_MS);
    pollTimer = setTimeout(() => { notify(); schedulePoll(); }, every);
  };

  const connect = async () => {
    if (stopped) return;
    const s = session.get();
    if (!s) return;
    controller = new AbortController();
    try {
      const response = await fetch(path, {
        headers: { Accept: 'text/event-stream', Authorization: 'Bearer ' + s.accessToken }, signal: controller.signal });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = (block.match(/^event:\s*(.*)$/m) || [])[1];
          if (event === 'ready') { feed.live = true; backoff = 1000; schedulePoll(); notify(); }
          else if (event && event !== 'ping') notify();
        }
      }
      // The server closes a stream after a while so that it never outlives its token: open the next one at once.
      feed.live = false;
      if (!stopped) connect();
    } catch (e) {
      feed.live = false;
      if (stopped) return;
      schedulePoll();
      setTimeout(connect, backoff);
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    }
  };

  feed.stop = () => { stopped = true; clearTimeout(pollTimer); if (controller) controller.abort(); };
  schedulePoll();
  connect();
  return feed;
}
