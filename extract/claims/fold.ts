// Stray traditional characters in a simplified page (增長, 進出口) are left alone
// by normalise.ts, which converts only pages that are mostly traditional. The
// indicator rules are written in simplified characters, so the words they read
// are folded first, one character at a time, through OpenCC (tw → cn), each
// character looked up once and remembered. Length is kept: offsets stay valid.
import * as OpenCC from "opencc-js";
import { bitSet, hasBit, setBit } from "../bits";

let convert: ((s: string) => string) | null = null;
// 0 not asked yet; otherwise the simplified code unit + 1 (single-unit results only)
const folded = new Uint32Array(0x10000);
/** A bit per character known to fold to itself (nearly all of them): 8 kB read before `folded`'s 256 kB. */
const same = bitSet(0x10000);

function foldChar(code: number): number {
  const known = folded[code];
  if (known !== 0) return known - 1;
  convert ??= OpenCC.Converter({ from: "tw", to: "cn" });
  const out = convert(String.fromCharCode(code));
  const simple = out.length === 1 ? out.charCodeAt(0) : code;
  folded[code] = simple + 1;
  if (simple === code) setBit(same, code);
  return simple;
}

/** The string with every traditional Han character replaced by its simplified form (same length). */
export function foldTraditional(s: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff || hasBit(same, c)) continue;
    const f = foldChar(c);
    if (f === c) continue;
    out ??= s.split("");
    out[i] = String.fromCharCode(f);
  }
  return out ? out.join("") : s;
}
