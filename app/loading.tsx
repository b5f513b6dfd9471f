// Shown while a page streams in. Not a <main>: the page's own <main> replaces it,
// and two main landmarks at once would confuse assistive technology.
export default function Loading() {
  return (
    <div className="wrap" aria-busy="true">
      <p role="status">正在加载… / Loading…</p>
    </div>
  );
}
