import { dataset } from "@nato-russia/data";
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import type { Random } from "./random.js";

/** One generated request: a document, its variables, and how to send it. */
export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
  method: "GET" | "POST";
}

const b64 = (text: string) => Buffer.from(text).toString("base64");
const r = dataset.records;
const SLUGS = [...r.events, ...r.actors, ...r.references, ...r.themes, ...r.periods].map(
  (record) => record.slug,
);
const ACTORS = r.actors.map((actor) => actor.slug);
const THEMES = r.themes.map((theme) => theme.slug);
const PERIODS = r.periods.map((period) => period.slug);
const WORDS = ["nato", "ionascu", "crimea", "russia", "summit", "Ionașcu", "ÜBER", "war 2014"];
const DATES = ["1949", "2014", "2014-03", "2022-02-24", "2023-13-01", "1990-02-30", "20x4", ""];
const IDS = [
  ...r.events.slice(0, 5).map((event) => b64(`Event:${event.slug}`)),
  ...r.actors.slice(0, 5).map((actor) => b64(`Actor:${actor.slug}`)),
  b64("Event:nope"),
  b64("Nope:russia"),
  b64("StatsBucket:x"),
  "not-base64!",
  "",
];
const CURSORS = [b64("OffsetConnection:3"), b64("OffsetConnection:999999"), "garbage", b64("x:1")];

/** Strings that stress lexers, folding and lengths: unicode, controls, huge, empty. */
function oddString(random: Random): string {
  switch (random.int(0, 6)) {
    case 0:
      return "";
    case 1:
      return "x".repeat(random.int(150, 5000));
    case 2:
      return "ß🇷🇺 ضد НАТО — 北约 \u0000\u200b\ufeff";
    case 3:
      return "\ud800 lone surrogate";
    case 4:
      return '"); } { __schema { types { name } } #';
    case 5:
      return "%".repeat(random.int(1, 50)) + "\\u0000";
    default:
      return random.pick(WORDS);
  }
}

/** A random value for an argument or input field, as a JSON value (undefined: leave it out). */
function randomValue(random: Random, type: GraphQLInputType, name: string, depth = 0): unknown {
  if (random.chance(0.04)) return oddValue(random);
  if (isNonNullType(type)) return randomValue(random, type.ofType, name, depth);
  if (isListType(type)) {
    return Array.from({ length: random.int(0, 3) }, () =>
      randomValue(random, type.ofType, name, depth + 1),
    );
  }
  if (isEnumType(type)) {
    return random.chance(0.95) ? random.pick(type.getValues()).name : "NOT_A_VALUE";
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (random.chance(0.5)) value[field.name] = randomValue(random, field.type, field.name);
    }
    if (random.chance(0.05)) value.unknownField = 1;
    return value;
  }
  switch (type.name) {
    case "Int":
      // Mostly small pages, some full ones, some out of range or not an Int at all.
      if (random.chance(0.7)) return random.int(0, 10);
      return random.chance(0.5)
        ? random.int(11, 100)
        : random.pick([101, -1, 2_147_483_647, 1e12, 3.5]);
    case "Float":
      return random.int(-10, 10) / 4;
    case "Boolean":
      return random.chance(0.5);
    case "ID":
      return random.pick(IDS);
    default:
      return stringFor(random, name);
  }
}

function stringFor(random: Random, name: string): string {
  if (random.chance(0.1)) return oddString(random);
  if (name === "slug") return random.pick(SLUGS);
  if (name === "actor" || name === "actors") return random.pick(ACTORS);
  if (name === "themes") return random.pick(THEMES);
  if (name === "periods") return random.pick(PERIODS);
  if (name === "from" || name === "to") return random.pick(DATES);
  if (name === "after" || name === "before") return random.pick(CURSORS);
  if (name === "query" || name === "text") return random.pick(WORDS);
  return random.pick([...WORDS, ...SLUGS.slice(0, 5)]);
}

/** A value of the wrong kind for wherever it lands. */
function oddValue(random: Random): unknown {
  return random.pick([null, 7, "seven", true, [1, 2], { a: 1 }, 1e300, -0.5]);
}

/** GraphQL literal syntax for a JSON value (enum names unquoted where the type is an enum). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null) return "null";
  if (Array.isArray(value)) {
    const inner = isNonNullType(type) ? type.ofType : type;
    const item = isListType(inner) ? (inner.ofType as GraphQLInputType) : type;
    return `[${value.map((v) => literal(v, item)).join(", ")}]`;
  }
  if (typeof value === "object") {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? named)}`)
      .join(", ")} }`;
  }
  if (typeof value === "string" && isEnumType(named) && /^[_A-Za-z]\w*$/.test(value)) return value;
  return JSON.stringify(value);
}

/** Builds one random operation over the schema, valid or not. */
class OperationBuilder {
  private readonly declarations: string[] = [];
  private readonly variables: Record<string, unknown> = {};
  private readonly maxDepth: number;

  constructor(
    private readonly random: Random,
    private readonly schema: GraphQLSchema,
  ) {
    // Mostly shallow; sometimes past the depth limit (10).
    this.maxDepth = random.chance(0.1) ? random.int(8, 16) : random.int(1, 5);
  }

  build(): FuzzOperation {
    const random = this.random;
    const query = this.schema.getQueryType()!;
    const roots = Array.from({ length: random.int(1, 3) }, () => this.field(query.getFields(), 1));
    if (random.chance(0.05)) roots.push(this.aliasBomb(query.getFields()));
    if (random.chance(0.03)) roots.push("unknownRootField");
    if (random.chance(0.02)) roots.push("...Loop");
    const name = random.chance(0.3) ? "Fuzz" : "";
    const head = this.declarations.length
      ? `query ${name}(${this.declarations.join(", ")})`
      : name
        ? `query ${name}`
        : "";
    let text = `${head} { ${roots.join(" ")} }`;
    if (text.includes("...Loop")) text += " fragment Loop on Query { ...Loop }";
    if (random.chance(0.03)) text = text.slice(0, random.int(0, text.length - 1)); // syntax error
    if (random.chance(0.02)) text = `${text} ${"{".repeat(random.int(1, 300))}`;
    return {
      query: text,
      variables: this.declarations.length || random.chance(0.05) ? this.variables : undefined,
      operationName: name && random.chance(0.5) ? random.pick([name, "Other"]) : undefined,
      method: random.chance(0.3) ? "GET" : "POST",
    };
  }

  private field(fields: Record<string, GraphQLField<unknown, unknown>>, depth: number): string {
    const random = this.random;
    const field = random.pick(Object.values(fields));
    const alias = random.chance(0.1) ? `a${random.int(0, 999)}: ` : "";
    const directive = random.chance(0.03)
      ? " @include(if: true)".repeat(random.chance(0.5) ? 1 : random.int(5, 20))
      : "";
    return `${alias}${field.name}${this.args(field)}${directive}${this.selection(field.type, depth)}`;
  }

  private args(field: GraphQLField<unknown, unknown>): string {
    const random = this.random;
    const parts: string[] = [];
    for (const arg of field.args) {
      const required = isNonNullType(arg.type);
      if (!required && random.chance(0.5)) continue;
      if (required && random.chance(0.03)) continue; // a required argument left out
      const value = randomValue(random, arg.type, arg.name);
      if (value === undefined) continue;
      if (random.chance(0.3)) {
        const variable = `v${this.declarations.length}`;
        // Sometimes declared with a type that does not fit the argument.
        const declared = random.chance(0.95)
          ? String(arg.type)
          : random.pick(["Int", "String!", "[Int]"]);
        this.declarations.push(`$${variable}: ${declared}`);
        this.variables[variable] = random.chance(0.95) ? value : oddValue(random);
        parts.push(`${arg.name}: $${variable}`);
      } else {
        parts.push(`${arg.name}: ${literal(value, arg.type)}`);
      }
    }
    if (random.chance(0.02)) parts.push("unknownArg: 1");
    return parts.length ? `(${parts.join(", ")})` : "";
  }

  private selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return this.random.chance(0.01) ? " { oops }" : "";
    const random = this.random;
    if (depth >= this.maxDepth) return " { __typename }";
    if (isObjectType(named)) {
      const fields = named.getFields();
      const picked = Array.from({ length: random.int(1, 4) }, () => this.field(fields, depth + 1));
      if (random.chance(0.02)) picked.push("notAField");
      return ` { ${picked.join(" ")} }`;
    }
    // An interface or a union: its typename and a fragment on some of its types.
    if (!isAbstractType(named)) return "";
    const possible = this.schema.getPossibleTypes(named);
    const fragments = Array.from({ length: random.int(1, 2) }, () => {
      const target = random.pick(possible);
      return `... on ${target.name} { ${this.field(target.getFields(), depth + 1)} }`;
    });
    return ` { __typename ${fragments.join(" ")} }`;
  }

  private aliasBomb(fields: Record<string, GraphQLField<unknown, unknown>>): string {
    const count = this.random.int(10, 60);
    const field = this.field(fields, 1).replace(/^a\d+: /, "");
    return Array.from({ length: count }, (_, i) => `bomb${i}: ${field}`).join(" ");
  }
}

/** A random operation over `schema`, valid or not: the same seed gives the same operation. */
export function randomOperation(random: Random, schema: GraphQLSchema): FuzzOperation {
  return new OperationBuilder(random, schema).build();
}

/** The same operation with its variables drawn afresh: runs the fast path's compiled operation. */
export function withOtherVariables(random: Random, operation: FuzzOperation): FuzzOperation {
  if (!operation.variables) return operation;
  const variables: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(operation.variables)) {
    variables[name] =
      typeof value === "number" && Number.isInteger(value) && random.chance(0.8)
        ? random.int(0, 100)
        : value;
  }
  return { ...operation, variables };
}
