// Reads what the overview's key-indicators table needs from the rollup and
// hands it to the pure model: the page, the OpenGraph image and the CSV share it.
import type { Db } from "@/db/client";
import { areaPoints, listIndicators, pointsOnKeys } from "@/db/queries";
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
  const [indicators, points] = await Promise.all([listIndicators(db), areaPoints(db, areaCode, { upTo: upTo(period) })]);
  const rows = keyIndicatorRows({ indicators, order: CATALOGUE_ORDER, points, period });
  const area = areaByCode(areaCode);
  const peers = area ? peersOf(area).map((a) => a.code) : [];
  const peerPoints = peers.length > 1 ? await pointsOnKeys(db, peers, keyRowKeys(rows)) : [];
  return keyIndicatorsModel(rows, peerPoints, period);
}
