export default function NotFound() {
  return (
    <main id="main" className="wrap">
      <h1>未找到 / Not found</h1>
      <p className="empty">
        <a href="/">返回概览 / Back to the overview</a>
      </p>
    </main>
  );
}
