// Database failures → the one line a command prints: [error, DATABASE_URL, what the line must say, why].
// Errors are shaped as the drivers throw them (postgres.js: Node's errno errors and PostgresError
// with a SQLSTATE `code`; drizzle wraps query errors in `cause`).
const URL_PW = "postgres://app:s3cret-pw@db.example.org:6543/qujiang";
const URL_LOCAL = "postgres://postgres@127.0.0.1:5999/x";

const nodeError = (code: string, message: string) => Object.assign(new Error(message), { code });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "FATAL", name: "PostgresError" });
const wrapped = (cause: Error) => Object.assign(new Error(`Failed query: select 1\nparams: `), { cause });

export const DB_ERROR_CASES: Array<[unknown, string | undefined, RegExp[], string]> = [
  [
    nodeError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5999"),
    URL_LOCAL,
    [/^cannot reach the database server at 127\.0\.0\.1:5999: connection refused/, /DATABASE_URL=postgres:\/\/postgres@127\.0\.0\.1:5999\/x/, /Start PostgreSQL there/],
    "nothing listens on the port",
  ],
  [
    Object.assign(new AggregateError([nodeError("ECONNREFUSED", "connect ECONNREFUSED ::1:5999"), nodeError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5999")], ""), { code: "ECONNREFUSED" }),
    "postgres://postgres@localhost:5999/x",
    [/at localhost:5999: connection refused/],
    "localhost tried on both addresses (Node's AggregateError)",
  ],
  [
    nodeError("ECONNREFUSED", "connect ECONNREFUSED 10.0.0.9:6543"),
    URL_PW,
    [/DATABASE_URL=postgres:\/\/app:\*\*\*@db\.example\.org:6543\/qujiang/, /^(?!.*s3cret-pw)/],
    "the password is masked",
  ],
  [
    nodeError("ENOTFOUND", "getaddrinfo ENOTFOUND db.example.org"),
    URL_PW,
    [/at db\.example\.org:6543: no such host/, /Check the host name/],
    "a host name that does not resolve",
  ],
  [
    nodeError("CONNECT_TIMEOUT", "write CONNECT_TIMEOUT db.example.org:6543"),
    URL_PW,
    [/at db\.example\.org:6543: no answer/, /firewall/],
    "postgres.js gave up connecting",
  ],
  [
    pgError("28P01", 'password authentication failed for user "app"'),
    URL_PW,
    [/refused the login of app: password authentication failed/, /Check the user and password in DATABASE_URL/],
    "a wrong password",
  ],
  [
    pgError("28000", 'role "nosuchuser" does not exist'),
    "postgres://nosuchuser@127.0.0.1:5432/test",
    [/at 127\.0\.0\.1:5432 refused the login of nosuchuser: role "nosuchuser" does not exist/],
    "a role the server does not know",
  ],
  [
    pgError("3D000", 'database "x" does not exist'),
    URL_LOCAL,
    [/^the database x does not exist on the server at 127\.0\.0\.1:5999/, /createdb -h 127\.0\.0\.1 -p 5999 -U postgres x/],
    "the database was never created",
  ],
  [
    wrapped(pgError("42P01", 'relation "users" does not exist')),
    URL_PW,
    [/missing part of the schema \(relation "users" does not exist\): its migrations are not applied/, /Run npm run db:migrate/],
    "a table of a migration not applied yet, wrapped by drizzle",
  ],
  [
    pgError("42501", "permission denied for schema public"),
    URL_PW,
    [/may not change the schema of qujiang/, /as the database's owner/],
    "a user without the right to migrate",
  ],
  [
    pgError("57P03", "the database system is starting up"),
    URL_PW,
    [/cannot take a connection now: the database system is starting up/, /Try again/],
    "the server is still starting",
  ],
];

/** Errors that are not database failures: the caller reports them as before. */
export const NOT_DB_ERROR_CASES: Array<[unknown, string | undefined, string]> = [
  [new Error("ENOENT: no such file or directory, open 'x.jsonl'"), URL_PW, "a missing input file"],
  [pgError("23505", "duplicate key value violates unique constraint"), URL_PW, "a constraint (the command's own business)"],
  [nodeError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5999"), undefined, "no DATABASE_URL: the embedded database cannot be refused"],
  ["a string", URL_PW, "not an error at all"],
];
