// Reads one indicator's peers view from the rollup and hands it to the pure
// model: the page, the embed, the OpenGraph image and the CSV share it.
import type { Db } from "@/db/client";
import { peerPeriods, pointsAt, type IndicatorInfo } from "@/db/queries";
import { growthOf } from "@/extract/catalogue";
import { areaByCode, peersOf, type Area } from "../areas";
import { choosePeerKey, peersModel, type PeersModel } from "../models/peers";
import { yearBeforeKey } from "../models/yoy";

export async function loadPeers(db: Db, indicator: IndicatorInfo, selected: Area, period: string | null): Promise<PeersModel> {
  const peers = peersOf(selected);
  const codes = peers.map((a) => a.code);
  const parentArea = selected.parent ? areaByCode(selected.parent) : null;
  const keys = await peerPeriods(db, indicator.id, codes, selected.code);
  const key = choosePeerKey(keys, period);
  const growthId = growthOf(indicator.id)?.id;
  let points: Awaited<ReturnType<typeof pointsAt>> = [];
  let growth: typeof points = [];
  let earlier: typeof points = [];
  if (key) {
    const before = yearBeforeKey({ period: key.period, freq: key.freq });
    [points, growth, earlier] = await Promise.all([
      pointsAt(db, indicator.id, codes, key.freq, key.date),
      growthId ? pointsAt(db, growthId, codes, key.freq, key.date) : Promise.resolve([]),
      before ? pointsAt(db, indicator.id, codes, key.freq, before.date) : Promise.resolve([]),
    ]);
  }
  return peersModel({
    indicator,
    selected: { code: selected.code, name: selected.name },
    parent: parentArea ? { code: parentArea.code, name: parentArea.name } : null,
    peers: peers.map((a) => ({ code: a.code, name: a.name })),
    keys,
    key,
    points,
    growth,
    earlier,
  });
}
