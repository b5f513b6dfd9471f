// Ranks among peers: the highest value first, ties share a rank (1, 2, 2, 4).
export interface Ranked<T> {
  item: T;
  rank: number;
}

export function rankByValue<T>(items: T[], value: (t: T) => number): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => value(b) - value(a));
  const out: Ranked<T>[] = [];
  sorted.forEach((item, i) => {
    const prev = out[i - 1];
    out.push({ item, rank: prev && value(prev.item) === value(item) ? prev.rank : i + 1 });
  });
  return out;
}

/** Rank is shown only when at least this many areas report the period (a rank of two says little). */
export const MIN_PEERS_FOR_RANK = 3;
