export default function Loading() {
  return (
    <main className="wrap" aria-busy="true">
      <p role="status">正在加载… / Loading…</p>
    </main>
  );
}
