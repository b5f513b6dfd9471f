// The fetch guard: the server fetches what an editor names, so it must not be
// turned on the machine's own network. After DNS resolution and on every
// redirect hop, an address that is not public unicast (loopback, private,
// link-local and so cloud metadata, unique-local, multicast, unspecified,
// shared and reserved ranges) is refused with the reason. The ranges are
// ipaddr.js's (maintained, IPv4 and IPv6), never a hand-written CIDR list.
//
// The check sits where the connection is made: the dispatcher's own DNS lookup
// validates the addresses it hands to the socket, so the address checked is the
// address connected to (a name that resolves to a public address for a check
// and to 127.0.0.1 a moment later — DNS rebinding — cannot slip between them).
// A URL naming an address (http://10.0.0.5/) is never looked up: the same
// connector judges it before dialling. FETCH_ALLOW_PRIVATE=1 turns the check off.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { Agent, buildConnector } from "undici";

/** Why an address is refused, in words (ipaddr.js range name → what a person reads). */
const RANGE_WORDS: Record<string, string> = {
  private: "private",
  loopback: "loopback",
  linkLocal: "link-local",
  uniqueLocal: "unique-local",
  multicast: "multicast",
  unspecified: "unspecified",
  broadcast: "broadcast",
  carrierGradeNat: "shared (carrier-grade NAT)",
  reserved: "reserved",
};

/** Cloud metadata services, named in the reason (their ranges are refused anyway: link-local, unique-local, shared). */
const METADATA = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200"]);

/** What kind of non-public address this is, or null when it is public unicast. */
export function refusedKind(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process(): an IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it is.
    parsed = ipaddr.process(address);
  } catch {
    return "unparsable";
  }
  const range = parsed.range();
  if (range === "unicast") return null;
  const words = RANGE_WORDS[range] ?? `special-purpose (${range})`;
  return METADATA.has(parsed.toString()) ? `${words} (cloud metadata)` : words;
}

export class AddressRefused extends Error {
  readonly code = "EADDRREFUSED";
  constructor(
    readonly address: string,
    readonly kind: string,
    viaName: boolean,
  ) {
    super(`refused: ${viaName ? "resolves to" : "is"} a ${kind} address (${address})`);
    this.name = "AddressRefused";
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type LookupFn = (hostname: string, options: { all: true }, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/**
 * The two seams a test needs, as this machine may reach no address but its
 * own loopback: the resolver (stub a name to any address), and the step from
 * a checked address to the one dialled (map a public- or private-looking
 * address onto the local test server). Production never changes them.
 */
export const network = {
  resolve: ((hostname, options, callback) => dnsLookup(hostname, options, callback)) as LookupFn,
  dial: (address: string): string => address,
};

/** The socket's DNS lookup: every address of the name judged (when `check`), then dialled. */
function lookupFor(check: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    network.resolve(hostname, { all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      // Every address must be public: a name with one public and one private
      // address would otherwise reach the private one when the first fails.
      for (const a of check ? addresses : []) {
        const kind = refusedKind(a.address);
        if (kind) return callback(new AddressRefused(a.address, kind, true), []);
      }
      const dialled = addresses.map((a) => {
        const address = network.dial(a.address);
        return { address, family: isIP(address) || a.family };
      });
      if (options.all) return callback(null, dialled);
      if (!dialled[0]) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, dialled[0].address, dialled[0].family);
    });
  };
}

/**
 * undici's own connector, with the lookup above for names, and for an address
 * written in the URL (which no lookup sees) the same judgement before dialling.
 */
function connectorFor(check: boolean): buildConnector.connector {
  const base = buildConnector({ lookup: lookupFor(check) } as buildConnector.BuildOptions);
  return (options, callback) => {
    const literal = options.hostname.replace(/^\[|\]$/g, "");
    if (!isIP(literal)) return base(options, callback);
    const kind = check ? refusedKind(literal) : null;
    if (kind) return callback(new AddressRefused(ipaddr.process(literal).toString(), kind, false), null);
    return base({ ...options, hostname: network.dial(literal) }, callback);
  };
}

const agents = new Map<boolean, Agent>();

function agentFor(check: boolean): Agent {
  let agent = agents.get(check);
  if (!agent) agents.set(check, (agent = new Agent({ connect: connectorFor(check) })));
  return agent;
}

/** The dispatcher of every fetch unless FETCH_ALLOW_PRIVATE=1 (one per process: connections are pooled). */
export const guardedDispatcher = () => agentFor(true);
/** FETCH_ALLOW_PRIVATE=1: an intranet deployment, the tests' local servers. */
export const openDispatcher = () => agentFor(false);

/** The AddressRefused inside a failed fetch (undici wraps connection errors in `cause`), if that is why it failed. */
export function refusalOf(err: unknown): AddressRefused | null {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof AddressRefused) return e;
  }
  return null;
}
