// Reads what the overview's key-indicators table needs from the rollup and
// hands it to the pure model: the page, the OpenGraph image and the CSV share it.
import type { Db } from "@/db/client";
import { areaPoints, listIndicators, pointsOnKeys, pointsOnLatest } from "@/db/queries";
import { CATALOGUE } from "@/extract/catalogue";
import { periodEnd, kindsOfWritten } from "@/extract/time/period";
import { areaByCode, peersOf } from "../areas";
import { keyIndicatorRows, keyIndicatorsModel, keyRowKeys, type KeyIndicatorsModel } from "../models/overview";

export const CATALOGUE_ORDER: readonly string[] = CATALOGUE.map((d) => d.id);

/** The latest end date a written period may mean (2025-09 as a month or 1—9月 ends on the same day). */
function upTo(period: string | null): string | null {
  if (!period) return null;
  const ends = kindsOfWritten(period).map((k) => periodEnd(period, k)).filter((d): d is string => !!d);
  return ends.sort().at(-1) ?? null;
}

export async function loadKeyIndicators(db: Db, areaCode: string, period: string | null): Promise<KeyIndicatorsModel> {
  const area = areaByCode(areaCode);
  const peers = area ? peersOf(area).map((a) => a.code) : [];
  const end = upTo(period);
  // The peers on each series' latest date are read beside the area's points (a row shows its indicator's latest
  // period unless the URL names one); a row on any other key is read after, on its own keys.
  const [indicators, points, onLatest] = await Promise.all([
    listIndicators(db),
    areaPoints(db, areaCode, { upTo: end }),
    peers.length > 1 ? pointsOnLatest(db, areaCode, peers, end) : [],
  ]);
  const rows = keyIndicatorRows({ indicators, order: CATALOGUE_ORDER, points, period });
  const keyOf = (k: { indicatorId: string; freq: string; date: string }) => `${k.indicatorId}|${k.freq}|${k.date}`;
  const read = new Set(onLatest.map(keyOf));
  const missing = keyRowKeys(rows).filter((k) => !read.has(keyOf(k)));
  const peerPoints = peers.length > 1 && missing.length > 0 ? [...onLatest, ...(await pointsOnKeys(db, peers, missing))] : onLatest;
  return keyIndicatorsModel(rows, peerPoints, period);
}
