import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares a presented secret with the configured one in time that does not
 * depend on where they differ. Both sides are hashed first: timingSafeEqual
 * needs equal lengths, and comparing digests also hides the secret's length.
 */
export function secretsEqual(presented: string, expected: string): boolean {
  const a = createHash("sha256").update(presented, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b);
}
