// Shown while a page streams in. Not a <main>: the page's own <main> replaces it,
// and two main landmarks at once would confuse assistive technology.
// Without JavaScript nothing swaps the streamed page in for this placeholder
// (React leaves it in a hidden element): the <noscript> style shows the page
// and hides the placeholder, so a reader without JavaScript gets every page,
// the indicator page's static chart and its links included.
export default function Loading() {
  return (
    <div className="wrap" aria-busy="true">
      <p role="status">正在加载… / Loading…</p>
      <noscript>
        <style>{'[aria-busy="true"]{display:none}div[hidden][id^="S:"]{display:block}'}</style>
      </noscript>
    </div>
  );
}
