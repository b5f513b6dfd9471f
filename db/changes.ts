// "The data changed": the write paths (ingest, editorial review) announce each
// committed write here, and whatever keeps a copy of what the data looked like
// (the proxy's rendered-page cache) listens and drops it. The write path owns
// the announcement, so no route has to remember to.
//
// Kept on globalThis: Next bundles the proxy and the route handlers apart, so
// a module-level list would be one per bundle, not one per process.

type Listener = () => void;

const KEY = Symbol.for("qujiang.data-changed");
type WithListeners = typeof globalThis & { [KEY]?: Set<Listener> };

function listeners(): Set<Listener> {
  const g = globalThis as WithListeners;
  g[KEY] ??= new Set();
  return g[KEY];
}

/** Calls `listener` after every committed write in this process; returns an unsubscribe function. */
export function onDataChanged(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Called by the write path once a write has committed. A failing listener never fails the write. */
export function dataChanged(): void {
  for (const listener of listeners()) {
    try {
      listener();
    } catch {
      /* a cache that cannot drop itself expires on its own */
    }
  }
}
