"use client";

/**
 * A grid of links that is one tab stop: the arrow keys move between cells (`data-r`, `data-c`),
 * Home / End to the first / last cell of the row, and the cell last moved to keeps the tab stop.
 */
export function GridKeys({ children }: { children: React.ReactNode }) {
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const from = (e.target as HTMLElement).closest<HTMLAnchorElement>("a[data-r]");
    if (!from) return;
    const r = Number(from.dataset.r);
    const c = Number(from.dataset.c);
    const moves: Record<string, [number, number]> = { ArrowUp: [r - 1, c], ArrowDown: [r + 1, c], ArrowLeft: [r, c - 1], ArrowRight: [r, c + 1], Home: [r, 0], End: [r, 999] };
    const to = moves[e.key];
    if (!to) return;
    e.preventDefault();
    const grid = e.currentTarget;
    let target = grid.querySelector<HTMLAnchorElement>(`a[data-r="${to[0]}"][data-c="${to[1]}"]`);
    if (!target && e.key === "End") {
      const row = grid.querySelectorAll<HTMLAnchorElement>(`a[data-r="${r}"]`);
      target = row[row.length - 1] ?? null;
    }
    if (!target) return;
    from.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  };
  return (
    <div className="grid-keys" onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
