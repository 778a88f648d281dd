// Adversarial documents over every list field of the schema, read from the schema itself, so a
// new list field is covered without being named: for each list field, the shortest way to it
// from Query, then a chain of lists of lists down to the depth limit, under every alias allowed.
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

export interface ListDocument {
  /** "Type.field" of the list this document amplifies. */
  field: string;
  query: string;
}

// Values for required arguments, by argument name (a slug is the type's own, see options.slugs).
const REQUIRED: Record<string, string> = { query: '"nato"', groupBy: "YEAR" };

interface Options {
  maxDepth: number;
  aliases: number;
  /** Global IDs for `nodes(ids:)`. */
  ids: readonly string[];
  /** A real slug per type, for lookups such as `event(slug:)`. */
  slugs: Readonly<Record<string, string>>;
}

type Field = GraphQLField<unknown, unknown>;

function argumentsOf(field: Field, options: Options): string | undefined {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (arg.name === "first") parts.push("first: 100");
    else if (arg.name === "ids") parts.push(`ids: ${JSON.stringify(options.ids)}`);
    else if (arg.name === "slug") {
      const slug = options.slugs[getNamedType(field.type).name];
      if (!slug) return undefined;
      parts.push(`slug: ${JSON.stringify(slug)}`);
    } else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      const named = getNamedType(arg.type);
      const value =
        REQUIRED[arg.name] ?? (isEnumType(named) ? named.getValues()[0]!.name : undefined);
      if (value === undefined) return undefined;
      parts.push(`${arg.name}: ${value}`);
    }
  }
  return parts.length ? `(${parts.join(", ")})` : "";
}

/** Fields of a type that lead to objects: a step is [selection text, the type it reaches]. */
function steps(schema: GraphQLSchema, type: GraphQLObjectType, options: Options) {
  const fields: [Field, string][] = Object.values(type.getFields()).flatMap((field) => {
    const args = argumentsOf(field, options);
    return args === undefined ? [] : [[field, `${field.name}${args}`] as [Field, string]];
  });
  if (type === schema.getQueryType()) {
    const meta = {
      name: "__schema",
      type: schema.getType("__Schema"),
      args: [],
    } as unknown as Field;
    fields.push([meta, "__schema"]);
  }
  return fields.flatMap(([field, text]) => {
    const target = getNamedType(field.type);
    return isObjectType(target) ? [{ field, text, target }] : [];
  });
}

/** Shortest selection prefix from Query to each object type, and its depth. */
function pathsFromQuery(schema: GraphQLSchema, options: Options) {
  const query = schema.getQueryType()!;
  const paths = new Map<string, { open: string[]; type: GraphQLObjectType }>([
    [query.name, { open: [], type: query }],
  ]);
  const queue = [query];
  while (queue.length > 0) {
    const type = queue.shift()!;
    for (const { text, target } of steps(schema, type, options)) {
      if (paths.has(target.name)) continue;
      paths.set(target.name, { open: [...paths.get(type.name)!.open, text], type: target });
      queue.push(target);
    }
  }
  return paths;
}

/** Every list field (of object types, introspection's included) with a document amplifying it. */
export function listDocuments(schema: GraphQLSchema, options: Options): ListDocument[] {
  const paths = pathsFromQuery(schema, options);
  const documents: ListDocument[] = [];
  for (const { open, type } of paths.values()) {
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const args = argumentsOf(field, options);
      if (args === undefined) continue;
      // Then lists of lists: at each level the first list field of the element type.
      const chain = [`${field.name}${args}`];
      let element = getNamedType(field.type);
      // graphql-js refuses introspection nested three `fields`/`types` deep: stop short of it.
      const maxChain = type.name.startsWith("__") || open[0] === "__schema" ? 3 : options.maxDepth;
      while (
        isObjectType(element) &&
        open.length + chain.length < options.maxDepth - 1 &&
        chain.length < maxChain
      ) {
        const next =
          steps(schema, element, options).find(
            ({ field: f }) =>
              isListType(getNullableType(f.type)) ||
              getNamedType(f.type).name.endsWith("Connection"),
          ) ?? steps(schema, element, options)[0];
        if (!next) break;
        chain.push(next.text);
        element = next.target;
      }
      const selections = [...open, ...chain];
      const last = selections.pop()!;
      const innermost = isCompositeType(element) ? `${last} { __typename }` : last;
      const nested = selections.reduceRight((acc, s) => `${s} { ${acc} }`, innermost);
      const body = (alias: number) => `a${alias}: ${nested}`;
      const query = `{ ${Array.from({ length: options.aliases }, (_, i) => body(i)).join(" ")} }`;
      documents.push({ field: `${type.name}.${field.name}`, query });
    }
  }
  return documents;
}
